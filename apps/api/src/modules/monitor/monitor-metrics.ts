import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { DomainError } from '../../common/problem/domain-error';
import { configuredNorms } from '../chain/norms';
import { MetricDefinition, SpanMetric, isSpanMetric, withNorms } from './metric-definitions';

/**
 * The metrics as this region computes them: the dictionary with the norms in force (`TAFEL_CHAIN_NORMS`
 * through `configuredNorms`, the values the chain's dashboards warn with). The projection, the rebuild,
 * the queries and the API all take their metrics from here, so a norm's region value reaches its
 * compliance figures.
 */
@Injectable()
export class MonitorMetrics {
  readonly all: readonly MetricDefinition[];
  readonly spans: readonly SpanMetric[];

  constructor(@Inject(APP_CONFIG) config: Pick<AppConfig, 'chainNorms'>) {
    this.all = withNorms(configuredNorms(config.chainNorms).chain);
    this.spans = this.all.filter(isSpanMetric);
  }

  byId(id: string): MetricDefinition {
    const found = this.all.find((m) => m.id === id);
    if (!found) throw new DomainError('not_found', 'There is no such metric (monitor/metrics lists them)');
    return found;
  }

  /** The timers whose compliance is reported (a norm in force). */
  get timers(): SpanMetric[] {
    return this.spans.filter((m) => m.horizonIsNorm);
  }
}
