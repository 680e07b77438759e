import type {
  ChainEventPayloads,
  ChainPhase,
  Gemeente,
  MemberKind,
  RegieMode,
} from '@tafel/shared/contracts';
import { toIsoDate } from '@tafel/shared/util';
import { CHILD_FIRST_NAMES, NETWORK_FIRST_NAMES, PARENT_FIRST_NAMES, SURNAMES } from './twente';

export interface DemoMember {
  kind: MemberKind;
  firstName: string;
  lastName: string;
  birthDate: string | null;
  custody: boolean | null;
  addressConfidential: boolean;
  address?: string;
  account?: 'ouder' | 'vader' | 'jongere';
}

export interface DemoFamily {
  familyName: string;
  gemeente: Gemeente;
  phase: ChainPhase;
  regieMode: RegieMode;
  openedDaysAgo: number;
  members: DemoMember[];
  events: { type: HistoryEventType; daysAgo: number }[];
}

/** Small deterministic generator, so every demo start looks the same. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PHASE_WEIGHTS: [ChainPhase, number][] = [
  ['signal', 18],
  ['toeleiding', 20],
  ['drang', 15],
  ['investigation', 10],
  ['measure', 22],
  ['step_down', 8],
  ['closed', 7],
];

/** The payloads of a family's history from before Tafel: events that name no tafel. */
export const HISTORY_PAYLOADS = {
  melding_received: {},
  tafel_requested: {
    tafelId: null,
    momentType: null,
    parentsReaction: null,
    familiegroepsplanOffered: null,
    voluntaryHelpDescribed: null,
  },
  tafel_held: { tafelId: null, momentType: null },
  verslag_adopted: { tafelId: null },
  vto_sent: { tafelId: null },
  investigation_started: {},
  investigation_finished: { advice: 'request_measure' },
  court_order: { measureId: null, measureType: null, startsOn: null, endsOn: null, giOrganisationId: null },
  jeugdbeschermer_assigned: { jeugdbeschermerId: null },
  plan_adopted: {},
  case_closed: {},
} satisfies { [T in keyof ChainEventPayloads]?: ChainEventPayloads[T] };
export type HistoryEventType = keyof typeof HISTORY_PAYLOADS;

/** The chain events each phase has behind it, oldest first, as a share of the case's age. */
const HISTORY: Record<ChainPhase, HistoryEventType[]> = {
  signal: ['melding_received'],
  toeleiding: ['melding_received', 'tafel_requested'],
  drang: ['melding_received', 'tafel_requested', 'tafel_held', 'verslag_adopted'],
  investigation: ['melding_received', 'tafel_requested', 'tafel_held', 'vto_sent', 'investigation_started'],
  measure: [
    'tafel_requested',
    'tafel_held',
    'vto_sent',
    'investigation_started',
    'investigation_finished',
    'court_order',
    'jeugdbeschermer_assigned',
    'plan_adopted',
  ],
  // Every court order has its raadsonderzoek before it.
  step_down: [
    'tafel_held',
    'vto_sent',
    'investigation_started',
    'investigation_finished',
    'court_order',
    'jeugdbeschermer_assigned',
    'plan_adopted',
    'tafel_requested',
  ],
  closed: ['tafel_requested', 'tafel_held', 'verslag_adopted', 'case_closed'],
};

function pick<T>(rnd: () => number, items: readonly T[]): T {
  return items[Math.floor(rnd() * items.length)];
}

function phaseFor(rnd: () => number): ChainPhase {
  let roll = rnd() * PHASE_WEIGHTS.reduce((s, [, w]) => s + w, 0);
  for (const [phase, weight] of PHASE_WEIGHTS) {
    roll -= weight;
    if (roll < 0) return phase;
  }
  return 'signal';
}

function birthDate(rnd: () => number, age: number, today: Date): string {
  const date = new Date(today);
  date.setUTCFullYear(date.getUTCFullYear() - age);
  date.setUTCDate(date.getUTCDate() - 1 - Math.floor(rnd() * 360));
  return toIsoDate(date);
}

export function demoFamily(rnd: () => number, gemeente: Gemeente, today: Date): DemoFamily {
  const familyName = pick(rnd, SURNAMES);
  const phase = phaseFor(rnd);
  const openedDaysAgo = 30 + Math.floor(rnd() * 700);
  const twoParents = rnd() < 0.7;
  const members: DemoMember[] = [
    {
      kind: 'parent',
      firstName: pick(rnd, PARENT_FIRST_NAMES),
      lastName: familyName,
      birthDate: null,
      custody: true,
      addressConfidential: false,
    },
  ];
  if (twoParents) {
    const custody = rnd() < 0.8;
    members.push({
      kind: 'parent',
      firstName: pick(rnd, PARENT_FIRST_NAMES),
      lastName: pick(rnd, SURNAMES),
      birthDate: null,
      custody,
      addressConfidential: false,
    });
  }
  const children = 1 + Math.floor(rnd() * 3);
  for (let i = 0; i < children; i++) {
    const age = Math.floor(rnd() * 18);
    members.push({
      kind: 'child',
      firstName: pick(rnd, CHILD_FIRST_NAMES),
      lastName: familyName,
      birthDate: birthDate(rnd, age, today),
      custody: null,
      addressConfidential: false,
    });
  }
  if (rnd() < 0.4) {
    members.push({
      kind: 'network',
      firstName: pick(rnd, NETWORK_FIRST_NAMES),
      lastName: pick(rnd, SURNAMES),
      birthDate: null,
      custody: null,
      addressConfidential: false,
    });
  }
  const steps = HISTORY[phase];
  const events = steps.map((type, i) => ({
    type,
    daysAgo: Math.round(openedDaysAgo * (1 - (i + 1) / (steps.length + 1))),
  }));
  const regieMode: RegieMode = phase === 'measure' || phase === 'investigation' ? 'professional' : 'family';
  return { familyName, gemeente, phase, regieMode, openedDaysAgo, members, events };
}

/** The family of the demo parent and the 14-year-old: Enschede, in toeleiding, a high-conflict divorce. */
export function bakkerFamily(today: Date): DemoFamily {
  const rnd = random(14);
  return {
    familyName: 'Bakker',
    gemeente: 'Enschede',
    phase: 'toeleiding',
    regieMode: 'family',
    openedDaysAgo: 120,
    members: [
      {
        kind: 'parent',
        firstName: 'Sanne',
        lastName: 'Bakker',
        address: 'Oldenzaalsestraat 101, Enschede',
        birthDate: null,
        custody: true,
        addressConfidential: false,
        account: 'ouder',
      },
      {
        kind: 'parent',
        firstName: 'Mark',
        lastName: 'de Vries',
        address: 'Deurningerstraat 44, Enschede',
        birthDate: null,
        custody: true,
        addressConfidential: true,
      },
      {
        // Daan's father, without custody: the demo account of the restricted parent view.
        kind: 'parent',
        firstName: 'Erik',
        lastName: 'Kuipers',
        address: 'Hengelosestraat 210, Enschede',
        birthDate: null,
        custody: false,
        addressConfidential: false,
        account: 'vader',
      },
      {
        kind: 'child',
        firstName: 'Daan',
        lastName: 'Bakker',
        birthDate: birthDate(rnd, 14, today),
        custody: null,
        addressConfidential: false,
        account: 'jongere',
      },
      {
        kind: 'child',
        firstName: 'Mila',
        lastName: 'Bakker',
        birthDate: birthDate(rnd, 9, today),
        custody: null,
        addressConfidential: false,
      },
      {
        kind: 'network',
        firstName: 'Oma Riet',
        lastName: 'Bakker',
        birthDate: null,
        custody: null,
        addressConfidential: false,
      },
    ],
    // The toeleiding request itself is made through the tafel service (see demo-tafels.ts).
    events: [{ type: 'melding_received', daysAgo: 110 }],
  };
}
