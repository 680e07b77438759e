import { addWorkingDays, toIsoDate } from '@tafel/shared/util';
import { DataSource } from 'typeorm';
import * as Y from 'yjs';
import { TafelDetail, TafelRequestInput } from '@tafel/shared/contracts';
import { SittingEntity } from '../../src/modules/tafels/entities/sitting.entity';
import { UserEntity } from '../../src/modules/users/user.entity';
import { addMember, born, makeCase, makeUser } from './factories';
import { loginAs } from './test-app';

export type Agent = Awaited<ReturnType<typeof loginAs>>;

export const validRequest = (caseId: string): TafelRequestInput => ({
  caseId,
  momentType: 'toeleiding',
  reason: 'Zorgen over de veiligheid van de kinderen thuis.',
  voluntaryHelpTried: 'Gezinscoach sinds maart, opvoedondersteuning.',
  familiegroepsplanOffered: true,
  parentsReaction: 'Wij willen graag meedenken, maar zijn het niet eens met de zorgen.',
  consentToShare: true,
});

/** A date-time on a working day `n` working days from today, at the given hour (UTC). */
export function workingDayAt(n: number, hour: number): Date {
  return new Date(`${toIsoDate(addWorkingDays(new Date(), n))}T${String(hour).padStart(2, '0')}:00:00Z`);
}

export async function makeSitting(
  ds: DataSource,
  chair: UserEntity,
  secretary: UserEntity,
  start: Date,
  slots = 4,
) {
  return ds.getRepository(SittingEntity).save({
    chairId: chair.id,
    secretaryId: secretary.id,
    startsAt: start,
    endsAt: new Date(start.getTime() + slots * 60 * 60_000),
    slotMinutes: 60,
    location: 'Stadskantoor, spreekkamer 2',
  });
}

/** A family with two parents (one with an account), a 14-year-old with an account and an 8-year-old. */
export async function makeTafelScene(ds: DataSource) {
  const coordinator = await makeUser(ds, 'coordinator');
  const chair = await makeUser(ds, 'chair');
  const secretary = await makeUser(ds, 'secretary');
  const raad = await makeUser(ds, 'professional', {}, 'raad');
  const gi = await makeUser(ds, 'professional', {}, 'gi');
  const parentUser = await makeUser(ds, 'parent');
  const youthUser = await makeUser(ds, 'child');
  const theCase = await makeCase(ds, coordinator, { familyName: 'Geheimhouding' });
  const parent = await addMember(ds, theCase.id, 'parent', parentUser);
  const otherParent = await addMember(ds, theCase.id, 'parent');
  const youth = await addMember(ds, theCase.id, 'child', youthUser, born(14));
  const young = await addMember(ds, theCase.id, 'child', undefined, born(8));
  const network = await addMember(ds, theCase.id, 'network');
  return {
    coordinator,
    chair,
    secretary,
    raad,
    gi,
    parentUser,
    youthUser,
    theCase,
    parent,
    otherParent,
    youth,
    young,
    network,
  };
}

/** The tafel's day has come (it started an hour ago): the room opens, attendance and a decision are recorded. */
export const moveToItsDay = (ds: DataSource, tafelId: string) =>
  ds.query(`UPDATE tafel SET starts_at = now() - interval '1 hour' WHERE id = $1`, [tafelId]);

/**
 * A toeleiding of the scene's case with the RvdK at the table, scheduled in its own one-slot sitting of the
 * scene's chair and secretary on working day `day` from now (8:00).
 */
export async function scheduledToeleiding(
  ds: DataSource,
  scene: Awaited<ReturnType<typeof makeTafelScene>>,
  coordinator: Agent,
  day: number,
): Promise<{ tafel: TafelDetail; sitting: Awaited<ReturnType<typeof makeSitting>> }> {
  const requested: TafelDetail = (
    await coordinator.post('/api/v1/tafels').send(validRequest(scene.theCase.id))
  ).body;
  await coordinator
    .post(`/api/v1/tafels/${requested.id}/participants`)
    .send({ role: 'raad', userId: scene.raad.id })
    .expect(201);
  const sitting = await makeSitting(ds, scene.chair, scene.secretary, workingDayAt(day, 8), 1);
  const res = await coordinator
    .put(`/api/v1/tafels/${requested.id}/schedule`)
    .send({ sittingId: sitting.id, startsAt: sitting.startsAt.toISOString() })
    .expect(200);
  return { tafel: res.body.tafel, sitting };
}

/**
 * Schedules toeleidingen of the scene's case (`scheduledToeleiding`, each on its own day), then moves each to
 * its day (an hour ago): the room opens, attendance and the decision can be recorded. Returns one scheduled
 * tafel per call.
 */
export function tafelsOnTheirDay(
  ds: DataSource,
  scene: Awaited<ReturnType<typeof makeTafelScene>>,
  coordinator: Agent,
): () => Promise<TafelDetail> {
  let slot = 0;
  return async () => {
    const { tafel } = await scheduledToeleiding(ds, scene, coordinator, 3 + slot++);
    await moveToItsDay(ds, tafel.id);
    return tafel;
  };
}

/** The notes of one section, as the room's editor writes them: a paragraph in a Y.XmlFragment. */
export function notesUpdate(section: string, text: string): Buffer {
  const doc = new Y.Doc();
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  doc.getXmlFragment(section).insert(0, [paragraph]);
  return Buffer.from(Y.encodeStateAsUpdate(doc));
}

/** A decision that concludes a toeleiding: no investigation, the parents agree, no agreements. */
export const NO_INVESTIGATION = {
  decision: 'no_investigation',
  rationale: 'De vrijwillige hulp loopt goed en gaat door.',
  parentsView: 'agree',
  parentsViewText: 'Wij zijn het eens met het besluit.',
  childHeard: 'in_person',
  agreements: [],
} as const;
