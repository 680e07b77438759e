/**
 * Generates realistic chain histories for the ketenmonitor's benchmark: N families over the 14
 * gemeenten and ten years, each following the flows of the chain (melding → tafel → no
 * investigation / drang / VTO → raadsonderzoek → court order → GI → help → measure ended), about
 * 15 events a family on average (phase moves included). Events are inserted in bulk (no projection); run
 * `npm run monitor:rebuild` afterwards (the benchmark does). Usage:
 *   DATABASE_URL=postgres://… npm run seed:scale -- --families 80000
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ChainEventType, ChainPhase, GEMEENTEN } from '@tafel/shared/contracts';
import { createDataSource } from '../apps/api/src/database/data-source';

const DAY = 86_400_000;
const START = Date.UTC(2016, 0, 1);
const SPAN_DAYS = 3650;

type Row = [string, ChainEventType, Date, Record<string, unknown>, string];

/** A deterministic pseudo-random source, so two runs seed the same histories. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function historyOf(caseId: string, gemeente: string, rnd: () => number): Row[] {
  const rows: Row[] = [];
  let at = START + Math.floor(rnd() * SPAN_DAYS) * DAY + 9 * 3600_000;
  const add = (type: ChainEventType, afterDays: number, data: Record<string, unknown> = {}) => {
    at += Math.max(0, afterDays) * DAY;
    rows.push([caseId, type, new Date(at), data, gemeente]);
  };
  const tafelId = randomUUID();
  let phase: ChainPhase = 'signal';
  const move = (to: ChainPhase) => {
    rows.push([caseId, 'phase_changed', new Date(at), { from: phase, to }, gemeente]);
    phase = to;
  };
  add('case_opened', 0, { gemeente });
  add('melding_received', 0);
  add('safety_assessment_done', 1 + rnd() * 8);
  add('tafel_requested', 5 + rnd() * 20, {
    tafelId,
    momentType: 'toeleiding',
    parentsReaction: rnd() < 0.8,
    familiegroepsplanOffered: rnd() < 0.6,
    voluntaryHelpDescribed: rnd() < 0.9,
  });
  move('toeleiding');
  add('tafel_held', 7 + rnd() * 30, { tafelId, momentType: 'toeleiding' });
  const r = rnd();
  const decision = r < 0.35 ? 'no_investigation' : r < 0.7 ? 'conditional' : 'request_investigation';
  const heard = rnd() < 0.75;
  add('decision_recorded', 0, {
    tafelId,
    momentType: 'toeleiding',
    decision,
    childHeard: heard ? 'in_person' : 'declined',
    parentsView: 'agree',
    parentsPresent: heard,
    parentsHeard: heard || rnd() < 0.5,
  });
  if (decision === 'conditional') move('drang');
  add('verslag_adopted', 1 + rnd() * 9, { tafelId });
  if (decision === 'conditional')
    add('tafel_held', 120 + rnd() * 90, { tafelId: randomUUID(), momentType: 'herbespreking' });
  if (decision === 'no_investigation' || (decision === 'conditional' && rnd() < 0.6)) {
    add('case_closed', 30 + rnd() * 200);
    move('closed');
    return rows;
  }
  add('vto_sent', decision === 'conditional' ? 60 + rnd() * 300 : 0, { tafelId: null });
  add('vto_received', 1);
  add('investigation_started', 3 + rnd() * 40);
  move('investigation');
  add('investigation_finished', 40 + rnd() * 80, { advice: 'request_measure' });
  add('court_order', 20 + rnd() * 40, {
    measureId: null,
    measureType: 'ots',
    startsOn: null,
    endsOn: null,
    giOrganisationId: null,
  });
  move('measure');
  add('jeugdbeschermer_assigned', 1 + rnd() * 15, { jeugdbeschermerId: null });
  add('plan_van_aanpak_ready', 10 + rnd() * 50);
  add('help_started', 10 + rnd() * 90);
  add('measure_ended', 200 + rnd() * 500, { reason: 'end_of_measure', measureId: null, followUp: 'closed' });
  move('closed');
  add('case_closed', 1);
  return rows;
}

/** Inserts `families` families with their histories; returns the number of events. */
export async function seedFamilies(ds: DataSource, families: number): Promise<number> {
  const rnd = random(42);
  let events = 0;
  const BATCH = 1000;
  for (let done = 0; done < families; done += BATCH) {
    const n = Math.min(BATCH, families - done);
    const cases = Array.from({ length: n }, (_, i) => ({
      id: randomUUID(),
      number: `S-${done + i}-${randomUUID().slice(0, 6)}`,
      gemeente: GEMEENTEN[Math.floor(rnd() * GEMEENTEN.length)] as string,
    }));
    await ds.query(
      `INSERT INTO family_case (id, case_number, family_name, gemeente, phase)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[])`,
      [
        cases.map((c) => c.id),
        cases.map((c) => c.number),
        cases.map(() => 'Schaalgezin'),
        cases.map((c) => c.gemeente),
        cases.map(() => 'closed'),
      ],
    );
    const rows = cases.flatMap((c) => historyOf(c.id, c.gemeente, rnd));
    await ds.query(
      `INSERT INTO chain_event (case_id, type, occurred_at, data, gemeente)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::timestamptz[], $4::jsonb[], $5::text[])`,
      [
        rows.map((r) => r[0]),
        rows.map((r) => r[1]),
        rows.map((r) => r[2]),
        rows.map((r) => JSON.stringify(r[3])),
        rows.map((r) => r[4]),
      ],
    );
    events += rows.length;
  }
  return events;
}

async function main(): Promise<void> {
  const i = process.argv.indexOf('--families');
  const families = Number(i >= 0 ? process.argv[i + 1] : 1000);
  if (!Number.isInteger(families) || families <= 0) throw new Error('--families N: a positive whole number');
  const url = process.env['DATABASE_URL'];
  if (!url) throw new Error('Set DATABASE_URL');
  const ds = createDataSource(url);
  await ds.initialize();
  try {
    const started = Date.now();
    const events = await seedFamilies(ds, families);
    console.log(
      `Seeded ${families} families, ${events} chain events in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  } finally {
    await ds.destroy();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
