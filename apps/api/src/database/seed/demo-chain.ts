import type {
  ChainPhase,
  Decision,
  InvestigationAdvice,
  MeasureFollowUp,
  MeasureType,
  MomentType,
} from '@tafel/shared/contracts';

/**
 * Who records a step: the organisation that owns it (a court order is never entered by a wijkteam).
 * `coordinator` is whoever holds regie at that moment (the GI's jeugdbeschermer after an accepted
 * overdracht), `wijkteam` the gemeente's own regievoerder.
 */
export type ChainActor = 'coordinator' | 'wijkteam' | 'chair' | 'vtt' | 'raad' | 'gi';

/** Where an overdracht goes: to the GI of the measure, or back to the gemeente's wijkteam at afschaling. */
export type HandoverTo = 'gi' | 'wijkteam';

/** Why a GI returns an overdracht in the demo: it asks for what is missing (no case content). */
export const HANDOVER_RETURN_REASON =
  'De overdracht is niet compleet: het raadsrapport ontbreekt nog. Graag opnieuw sturen met het rapport.';

/** A tafel in a family's history: requested, held, decided and its verslag adopted. */
export interface HistoryTafel {
  momentType: MomentType;
  decision: Decision;
  requestedDaysAgo: number;
  heldDaysAgo: number;
  verslagDaysAgo: number;
  /** drang: the deadline of the conditions, in days from today (positive: in the future). */
  conditionsInDays?: number;
}

export type ChainStep =
  | { kind: 'melding'; daysAgo: number }
  | { kind: 'safety_assessment'; daysAgo: number }
  | { kind: 'vtt_investigation_started'; daysAgo: number }
  | { kind: 'vtt_investigation_finished'; daysAgo: number }
  | { kind: 'requested'; daysAgo: number }
  | { kind: 'tafel'; tafel: HistoryTafel }
  | { kind: 'vto_received'; daysAgo: number }
  | { kind: 'investigation_started'; daysAgo: number }
  | { kind: 'investigation_finished'; daysAgo: number; advice: InvestigationAdvice }
  | { kind: 'petition_filed'; daysAgo: number; measureType: MeasureType }
  | { kind: 'court_order'; daysAgo: number; measureType: MeasureType; months: number }
  | { kind: 'handover_sent'; daysAgo: number; to: HandoverTo }
  | { kind: 'handover_returned'; daysAgo: number }
  | { kind: 'handover_accepted'; daysAgo: number; to: HandoverTo }
  | { kind: 'jeugdbeschermer_assigned'; daysAgo: number }
  | { kind: 'plan_van_aanpak_ready'; daysAgo: number }
  | { kind: 'help_started'; daysAgo: number }
  | { kind: 'measure_extended'; daysAgo: number; months: number }
  | { kind: 'measure_ended'; daysAgo: number; followUp: MeasureFollowUp }
  | { kind: 'case_closed'; daysAgo: number };

/** The organisation that records each kind of step (an acceptance: the receiving organisation). */
export function stepActor(step: ChainStep): ChainActor {
  return step.kind === 'handover_accepted' ? step.to : STEP_ACTOR[step.kind];
}

const STEP_ACTOR: Readonly<Record<Exclude<ChainStep['kind'], 'handover_accepted'>, ChainActor>> = {
  melding: 'vtt',
  safety_assessment: 'vtt',
  vtt_investigation_started: 'vtt',
  vtt_investigation_finished: 'vtt',
  requested: 'coordinator',
  tafel: 'chair',
  vto_received: 'raad',
  investigation_started: 'raad',
  investigation_finished: 'raad',
  petition_filed: 'raad',
  court_order: 'raad',
  handover_sent: 'coordinator',
  handover_returned: 'gi',
  jeugdbeschermer_assigned: 'gi',
  plan_van_aanpak_ready: 'gi',
  help_started: 'gi',
  measure_extended: 'gi',
  measure_ended: 'gi',
  case_closed: 'coordinator',
};

/** When a step happened, in days before today (for a tafel: when it was held). */
export function stepDaysAgo(step: ChainStep): number {
  return step.kind === 'tafel' ? step.tafel.heldDaysAgo : step.daysAgo;
}

/**
 * A family's path through the chain toward `phase`, generated from the chain's flows: a melding and
 * VTT's safety assessment; a toeleiding tafel with its decision; for an investigation the VTO, the
 * RvdK's start (≤ 10 days, sometimes late); for a measure the advice, the verzoekschrift, an
 * overdracht tafel, the court order, the GI's jeugdbeschermer (≤ 5 working days, sometimes late), plan
 * van aanpak and help; an afschaling tafel and the end of the measure. Dates mostly keep the norms and
 * sometimes break them; every step lies between the case's opening and yesterday.
 */
export function chainHistory(rnd: () => number, phase: ChainPhase, openedDaysAgo: number): ChainStep[] {
  const steps: ChainStep[] = [];
  /** Days after the previous step: `usual` most of the time, `late` about one time in six. */
  const wait = (usual: [number, number], late: [number, number]) => {
    const [lo, hi] = rnd() < 0.83 ? usual : late;
    return lo + Math.floor(rnd() * (hi - lo + 1));
  };
  let day = openedDaysAgo;
  const after = (days: number) => {
    day = Math.max(1, day - days);
    return day;
  };
  steps.push({ kind: 'melding', daysAgo: day });
  steps.push({ kind: 'safety_assessment', daysAgo: after(wait([1, 6], [8, 14])) });
  if (phase === 'signal') {
    // About one melding in four needs Veilig Thuis's own investigation: ≤ 10 weeks, once in a while
    // longer, and the most recent ones still running.
    if (day % 4 === 0 && day > 3) {
      const started = day - 2;
      steps.push({ kind: 'vtt_investigation_started', daysAgo: started });
      const finished = started - (day % 8 === 0 ? 84 : 49);
      if (finished >= 1) steps.push({ kind: 'vtt_investigation_finished', daysAgo: finished });
    }
    return steps;
  }

  const tafel = (momentType: MomentType, decision: Decision, conditionsInDays?: number): HistoryTafel => {
    const requestedDaysAgo = after(wait([3, 20], [20, 40]));
    const heldDaysAgo = after(wait([5, 14], [15, 30]));
    // The verslag follows the tafel on its own clock; the chain goes on from the tafel.
    const verslagDaysAgo = Math.max(1, heldDaysAgo - wait([1, 6], [8, 12]));
    return { momentType, decision, requestedDaysAgo, heldDaysAgo, verslagDaysAgo, conditionsInDays };
  };
  if (phase === 'toeleiding') {
    const requested = after(wait([3, 20], [20, 40]));
    if (requested % 3 === 0 && requested >= 12) {
      // About one in three had its tafel a week later: the VTO is with the RvdK, which has received
      // it but not started yet (the RvdK's norm runs, and sometimes breaks).
      const held = requested - 7;
      steps.push({
        kind: 'tafel',
        tafel: {
          momentType: 'toeleiding',
          decision: 'request_investigation',
          requestedDaysAgo: requested,
          heldDaysAgo: held,
          verslagDaysAgo: held - 3,
        },
      });
      steps.push({ kind: 'vto_received', daysAgo: held - 1 });
      return steps;
    }
    // Requested and waiting for its tafel: the request is in the history, the tafel still ahead.
    steps.push({ kind: 'requested', daysAgo: requested });
    return steps;
  }
  if (phase === 'drang') {
    // The drang period runs: its deadline is still ahead (≤ 6 months after the tafel).
    if (day > 160) day = 120 + Math.floor(rnd() * 40);
    const held = tafel('toeleiding', 'conditional');
    const deadlineDaysAfterHeld = Math.min(180, held.heldDaysAgo + 14 + Math.floor(rnd() * 60));
    steps.push({
      kind: 'tafel',
      tafel: { ...held, conditionsInDays: deadlineDaysAfterHeld - held.heldDaysAgo },
    });
    return steps;
  }
  if (phase === 'closed') {
    steps.push({ kind: 'tafel', tafel: tafel('toeleiding', 'no_investigation') });
    steps.push({ kind: 'case_closed', daysAgo: after(wait([30, 120], [120, 200])) });
    return steps;
  }
  // investigation, measure, step_down: a VTO and the raadsonderzoek.
  steps.push({ kind: 'tafel', tafel: tafel('toeleiding', 'request_investigation') });
  steps.push({ kind: 'vto_received', daysAgo: after(wait([0, 2], [3, 5])) });
  steps.push({ kind: 'investigation_started', daysAgo: after(wait([2, 7], [11, 25])) });
  if (phase === 'investigation') return steps;
  const drawn: MeasureType = rnd() < 0.8 ? 'ots' : 'vots';
  steps.push({
    kind: 'investigation_finished',
    daysAgo: after(wait([40, 90], [90, 140])),
    advice: 'request_measure',
  });
  const petition: ChainStep & { kind: 'petition_filed' } = {
    kind: 'petition_filed',
    daysAgo: after(wait([3, 10], [10, 20])),
    measureType: drawn,
  };
  steps.push(petition);
  const overdracht = tafel('overdracht', 'handover_to_gi');
  // The decision sends the overdracht to the GI (the sender keeps regie until the GI accepts it).
  steps.push({ kind: 'tafel', tafel: overdracht });
  const held = overdracht.heldDaysAgo;
  const ordered = after(wait([5, 20], [20, 40]));
  // A VOTS lasts 3 months: one ordered longer ago has since become an OTS; ask for that one.
  const measureType: MeasureType = drawn === 'vots' && ordered > 80 ? 'ots' : drawn;
  petition.measureType = measureType;
  // About one overdracht in four is returned by the GI for a missing report, and sent again.
  if ((held + ordered) % 4 === 0 && held - ordered >= 4) {
    steps.push({ kind: 'handover_returned', daysAgo: held - 1 });
    steps.push({ kind: 'handover_sent', daysAgo: held - 2, to: 'gi' });
  }
  const months = measureType === 'ots' ? 12 : 3;
  steps.push({ kind: 'court_order', daysAgo: ordered, measureType, months });
  // The GI accepts the overdracht when its jeugdbeschermer is assigned: from then on they hold regie.
  const assigned = after(wait([1, 6], [8, 15]));
  steps.push({ kind: 'handover_accepted', daysAgo: assigned, to: 'gi' });
  steps.push({ kind: 'jeugdbeschermer_assigned', daysAgo: assigned });
  steps.push({ kind: 'plan_van_aanpak_ready', daysAgo: after(wait([15, 40], [45, 70])) });
  steps.push({ kind: 'help_started', daysAgo: after(wait([10, 40], [60, 90])) });
  if (phase === 'measure') {
    steps.push(...extensions(ordered, months));
    return steps;
  }
  steps.push({ kind: 'tafel', tafel: tafel('afschaling', 'end_measure_agreed') });
  const ended = after(wait([1, 10], [10, 20]));
  steps.push({ kind: 'measure_ended', daysAgo: ended, followUp: 'step_down' });
  // Back to the wijkteam: accepted a few days later, or still waiting when the measure just ended.
  steps.push({ kind: 'handover_sent', daysAgo: ended, to: 'wijkteam' });
  const accepted = ended - (2 + (ended % 5));
  if (accepted >= 1) steps.push({ kind: 'handover_accepted', daysAgo: accepted, to: 'wijkteam' });
  return steps;
}

const DAYS_PER_MONTH = 365 / 12;

/**
 * A running measure whose end has come (or comes within 10 days): each period an afschaling tafel
 * decides `request_extension` about two months before the end, and the kinderrechter extends it two
 * weeks before the end (only the court extends a measure).
 */
function extensions(orderedDaysAgo: number, months: number): ChainStep[] {
  const steps: ChainStep[] = [];
  let endsDaysAgo = orderedDaysAgo - Math.round(months * DAYS_PER_MONTH);
  while (endsDaysAgo > -10) {
    const heldDaysAgo = endsDaysAgo + 42;
    steps.push({
      kind: 'tafel',
      tafel: {
        momentType: 'afschaling',
        decision: 'request_extension',
        requestedDaysAgo: endsDaysAgo + 60,
        heldDaysAgo,
        verslagDaysAgo: heldDaysAgo - 4,
      },
    });
    steps.push({ kind: 'measure_extended', daysAgo: endsDaysAgo + 14, months });
    endsDaysAgo -= Math.round(months * DAYS_PER_MONTH);
  }
  return steps;
}
