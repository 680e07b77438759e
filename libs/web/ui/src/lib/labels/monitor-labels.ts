import { SpanBucket } from '@tafel/shared/contracts';

/**
 * Where a span stands against its horizon (a norm or a follow-up window), or — without one — whether
 * it has ended.
 */
export const SPAN_BUCKET_LABELS: Readonly<Record<SpanBucket, string>> = {
  within: $localize`:@@monitor.bucket.within:Binnen de termijn`,
  beyond: $localize`:@@monitor.bucket.beyond:Na de termijn`,
  pending: $localize`:@@monitor.bucket.pending:Nog niet afgerond`,
  ended: $localize`:@@monitor.bucket.ended:Afgerond`,
};

/**
 * The ketenmonitor's other buckets: a yes/no answer, a request from before Tafel, a request made by a
 * tafel's decision, a drang decision unheard.
 */
export const MONITOR_BUCKET_LABELS: Readonly<
  Record<'yes' | 'no' | 'unknown' | 'decision' | 'without_hearing', string>
> = {
  yes: $localize`:@@monitor.bucket.yes:Ja`,
  no: $localize`:@@monitor.bucket.no:Nee`,
  unknown: $localize`:@@monitor.bucket.unknown:Onbekend (oude gegevens)`,
  decision: $localize`:@@monitor.bucket.decision:Besluit van een tafel (herbespreking)`,
  without_hearing: $localize`:@@monitor.bucket.withoutHearing:Zonder het gezin te horen`,
};
