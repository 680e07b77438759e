import type { ChainPhase, Gemeente, MemberKind, RegieMode } from '@tafel/shared/contracts';
import { toIsoDate } from '@tafel/shared/util';
import { ChainStep, chainHistory } from './demo-chain';
import {
  CHILD_FIRST_NAMES,
  NETWORK_FIRST_NAMES,
  PARENT_FIRST_NAMES,
  SURNAMES,
  familiesPerGemeente,
} from './twente';

export interface DemoMember {
  kind: MemberKind;
  firstName: string;
  lastName: string;
  birthDate: string | null;
  custody: boolean | null;
  addressConfidential: boolean;
  address?: string;
  /** The local part of the member's demo account's e-mail (`ouder` for ouder@tafel.example). */
  account?: string;
}

export interface DemoFamily {
  familyName: string;
  gemeente: Gemeente;
  phase: ChainPhase;
  regieMode: RegieMode;
  openedDaysAgo: number;
  members: DemoMember[];
  /** The family's path through the chain, generated from its flows (demo-chain.ts). */
  history: ChainStep[];
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

/** The shortest history each phase needs, in days (a measure has an investigation and a court before it). */
const MIN_AGE: Record<ChainPhase, number> = {
  signal: 30,
  toeleiding: 40,
  drang: 60,
  investigation: 60,
  measure: 330,
  step_down: 480,
  closed: 120,
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

/** The families made by hand (Bakker, Mulder) keep their names to themselves: searching one finds one. */
const GENERATED_FAMILY_NAMES = SURNAMES.filter((name) => name !== 'Bakker' && name !== 'Mulder');

export function demoFamily(rnd: () => number, gemeente: Gemeente, today: Date): DemoFamily {
  const familyName = pick(rnd, GENERATED_FAMILY_NAMES);
  const phase = phaseFor(rnd);
  const openedDaysAgo = Math.max(MIN_AGE[phase], 30 + Math.floor(rnd() * 700));
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
  const history = chainHistory(rnd, phase, openedDaysAgo);
  const regieMode: RegieMode = phase === 'measure' || phase === 'investigation' ? 'professional' : 'family';
  return { familyName, gemeente, phase, regieMode, openedDaysAgo, members, history };
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
    history: [{ kind: 'melding', daysAgo: 110 }],
  };
}

/**
 * Every demo family, in the order they are seeded: Bakker first, then the generated ones spread over
 * the gemeenten (deterministic: the same families on every start, dated relative to `today`).
 */
export function demoFamilies(total: number, today: Date): DemoFamily[] {
  const rnd = random(2026);
  const families: DemoFamily[] = [bakkerFamily(today)];
  for (const [gemeente, n] of familiesPerGemeente(total)) {
    // Bakker (Enschede) and Mulder (Almelo, the chain browser test's family) are made by hand.
    const count = gemeente === 'Enschede' || gemeente === 'Almelo' ? n - 1 : n;
    for (let i = 0; i < count; i++) families.push(demoFamily(rnd, gemeente, today));
  }
  return families;
}
