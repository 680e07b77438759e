import { DynamicModule, Module, ValidationPipe } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProblemFilter } from './common/problem/problem.filter';
import { validationExceptionFactory } from './common/problem/validation';
import { APP_CONFIG, AppConfig } from './config/app-config';
import { EventsModule } from './common/events/events.module';
import { dataSourceOptions } from './database/data-source';
import { AdminModule } from './modules/admin/admin.module';
import { AuthModule } from './modules/auth/auth.module';
import { CasesModule } from './modules/cases/cases.module';
import { ChainModule } from './modules/chain/chain.module';
import { DashboardModule } from './modules/dashboard/dashboard.module';
import { HealthModule } from './modules/health/health.module';
import { InvitationsModule } from './modules/invitations/invitations.module';
import { MonitorModule } from './modules/monitor/monitor.module';
import { OidcModule } from './modules/oidc/oidc.module';
import { OrganisationsModule } from './modules/organisations/organisations.module';
import { PlansModule } from './modules/plans/plans.module';
import { TafelsModule } from './modules/tafels/tafels.module';
import { VerslagenModule } from './modules/verslagen/verslagen.module';
import { RealtimeModule } from './realtime/realtime.module';

@Module({})
export class AppModule {
  /** The composition root; the database URL is resolved before (external or embedded). */
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        TypeOrmModule.forRoot({ ...dataSourceOptions(databaseUrl), migrationsRun: true }),
        EventsModule,
        AuthModule,
        OrganisationsModule,
        CasesModule,
        ChainModule,
        TafelsModule,
        PlansModule,
        DashboardModule,
        VerslagenModule,
        InvitationsModule,
        MonitorModule,
        OidcModule,
        HealthModule,
        AdminModule,
        RealtimeModule,
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_FILTER, useClass: ProblemFilter },
        {
          provide: APP_PIPE,
          useValue: new ValidationPipe({
            whitelist: true,
            forbidNonWhitelisted: true,
            transform: true,
            exceptionFactory: validationExceptionFactory,
          }),
        },
      ],
      exports: [APP_CONFIG],
    };
  }
}
