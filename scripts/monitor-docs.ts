import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderMetricsDoc } from '../apps/api/src/modules/monitor/metrics-doc';

/** Writes docs/metrics.md from the monitor's metric definitions. */
writeFileSync(join(__dirname, '..', 'docs', 'metrics.md'), renderMetricsDoc());
console.log('docs/metrics.md written');
