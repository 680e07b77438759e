import { Routes } from '@angular/router';
import { provideEchartsCore } from 'ngx-echarts';
import { echarts } from './charts/echarts-setup';
import { MonitorPage } from './monitor.page';

/** /monitor — the ketenmonitor for auditors; ECharts is only loaded with this lazy route. */
export const monitorRoutes: Routes = [
  {
    path: '',
    title: $localize`:@@title.monitor:Ketenmonitor`,
    providers: [provideEchartsCore({ echarts })],
    component: MonitorPage,
  },
];
