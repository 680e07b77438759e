import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { METRICS } from './metric-definitions';
import { renderMetricsDoc } from './metrics-doc';

describe('docs/metrics.md', () => {
  it('is the dictionary generated from the metric definitions (run npm run monitor:docs)', () => {
    const committed = readFileSync(join(__dirname, '../../../../../docs/metrics.md'), 'utf8');
    expect(committed).toBe(renderMetricsDoc());
  });

  it('names every metric once', () => {
    const ids = METRICS.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(renderMetricsDoc()).toContain(`(\`${id}\`)`);
  });
});
