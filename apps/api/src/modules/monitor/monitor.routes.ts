/** The monitor's routes below the API prefix. */
export const MONITOR_ROUTES = {
  metrics: 'monitor/metrics',
  metric: 'monitor/metrics/:metric',
  metricExport: 'monitor/metrics/:metric/export/:format',
  toeleiding: 'monitor/toeleiding',
  duiding: 'monitor/duiding/:period',
} as const;
