import { addWorkingDays, toIsoDate } from '@tafel/shared/util';
import { DataSource } from 'typeorm';
import { TafelRequestInput } from '@tafel/shared/contracts';
import { SittingEntity } from '../../src/modules/tafels/entities/sitting.entity';
import { UserEntity } from '../../src/modules/users/user.entity';
import { addMember, makeCase, makeUser } from './factories';

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
  const today = new Date();
  const fourteen = toIsoDate(new Date(Date.UTC(today.getUTCFullYear() - 14, 0, 2)));
  const eight = toIsoDate(new Date(Date.UTC(today.getUTCFullYear() - 8, 0, 2)));
  const parent = await addMember(ds, theCase.id, 'parent', parentUser);
  const otherParent = await addMember(ds, theCase.id, 'parent');
  const youth = await addMember(ds, theCase.id, 'child', youthUser, fourteen);
  const young = await addMember(ds, theCase.id, 'child', undefined, eight);
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
