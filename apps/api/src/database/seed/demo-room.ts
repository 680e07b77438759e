import { INestApplication } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { UnitOfWork } from '../../common/events/unit-of-work';
import { CasesApi } from '../../modules/cases/cases.api';
import { CaseMemberEntity } from '../../modules/cases/entities/case-member.entity';
import { FamilyCaseEntity } from '../../modules/cases/entities/family-case.entity';
import { SittingEntity } from '../../modules/tafels/entities/sitting.entity';
import { TafelEntity } from '../../modules/tafels/entities/tafel.entity';
import { TafelParticipantEntity } from '../../modules/tafels/entities/tafel-participant.entity';
import { TafelRequestsService } from '../../modules/tafels/tafel-requests.service';
import { UserEntity } from '../../modules/users/user.entity';

/** The family of the demo room: its parent's account (see DEMO_ACCOUNTS) and its name. */
export const ROOM_FAMILY = { name: 'Hofman', parentEmail: 'ouder.hofman@tafel.example' } as const;

const HOUR_MS = 3_600_000;

/**
 * A toeleiding of the Hofman family scheduled TODAY, in the hour that is running now in Amsterdam, so
 * that the chair can open its live room right after `npm start`: the chair, the secretary, Veilig
 * Thuis and the family (the parent with the demo account ouder.hofman@) are seated. The family is one
 * of the generated ones (the first in toeleiding outside Enschede), renamed so that it can be found.
 */
export async function seedDemoRoom(app: INestApplication, manager: EntityManager, now: Date): Promise<void> {
  const user = (email: string) => manager.findOneByOrFail(UserEntity, { email });
  const [picked]: { id: string; family_name: string; gemeente: string }[] = await manager.query(
    `SELECT id, family_name, gemeente FROM family_case WHERE phase = 'toeleiding' AND gemeente <> 'Enschede'
      ORDER BY case_number LIMIT 1`,
  );
  await manager.query(`UPDATE case_member SET last_name = $2 WHERE case_id = $1 AND last_name = $3`, [
    picked.id,
    ROOM_FAMILY.name,
    picked.family_name,
  ]);
  await manager.update(FamilyCaseEntity, picked.id, { familyName: ROOM_FAMILY.name });
  const parentUser = await user(ROOM_FAMILY.parentEmail);
  const parent = await manager.findOneOrFail(CaseMemberEntity, {
    where: { caseId: picked.id, kind: 'parent', custody: true },
    order: { firstName: 'ASC' },
  });
  const [firstName, ...rest] = parentUser.displayName.split(' ');
  await manager.update(CaseMemberEntity, parent.id, {
    userId: parentUser.id,
    firstName,
    lastName: rest.join(' '),
  });

  const [{ email: coordinatorEmail }]: { email: string }[] = await manager.query(
    `SELECT u.email FROM coordinator_assignment a JOIN app_user u ON u.id = a.user_id
      WHERE a.case_id = $1 AND a.ended_at IS NULL`,
    [picked.id],
  );
  const coordinator = await user(coordinatorEmail);
  const chair = await user('voorzitter@tafel.example');
  const secretary = await user('secretaris@tafel.example');
  const uow = new UnitOfWork(manager);
  const theCase = await manager.findOneByOrFail(FamilyCaseEntity, { id: picked.id });
  // Its history's request when it has one (a family in toeleiding usually has), else a new one.
  const tafel =
    (await manager.findOneBy(TafelEntity, { caseId: picked.id, status: 'requested' })) ??
    (await app.get(TafelRequestsService).createRequest(
      uow,
      theCase,
      {
        momentType: 'toeleiding',
        reason:
          'Zorgen over de veiligheid van de kinderen: spanningen thuis en een melding bij Veilig Thuis.',
        voluntaryHelpTried: 'Gezinscoach van het wijkteam; schoolmaatschappelijk werk.',
        familiegroepsplanOffered: true,
        parentsReaction: 'Wij willen meedenken over wat er nodig is.',
        consentToShare: true,
      },
      coordinator.id,
      new Date(now.getTime() - 5 * 86_400_000),
      null,
    ));
  // The hour running now in Europe/Amsterdam (its offsets are whole hours, so it starts on a UTC hour):
  // the room opens on the tafel's day, and the tafel is never dated in the future.
  const startsAt = new Date(Math.floor(now.getTime() / HOUR_MS) * HOUR_MS);
  const endsAt = new Date(startsAt.getTime() + HOUR_MS);
  const sitting = await manager.save(
    manager.create(SittingEntity, {
      chairId: chair.id,
      secretaryId: secretary.id,
      startsAt,
      endsAt,
      slotMinutes: 60,
      location: 'Stadskantoor, spreekkamer 1',
    }),
  );
  await manager.insert(TafelParticipantEntity, [
    { tafelId: tafel.id, role: 'chair', userId: chair.id },
    { tafelId: tafel.id, role: 'secretary', userId: secretary.id },
    { tafelId: tafel.id, role: 'vtt', userId: (await user('vtt@tafel.example')).id },
    // In Twente the RvdK sits at every toeleiding (DOMAIN.md), as the required roles say.
    { tafelId: tafel.id, role: 'raad', userId: (await user('raad@tafel.example')).id },
  ]);
  await manager.update(TafelEntity, tafel.id, {
    status: 'scheduled',
    sittingId: sitting.id,
    startsAt,
    endsAt,
  });
  await app
    .get(CasesApi)
    .record(
      uow,
      picked.id,
      { type: 'tafel_scheduled', data: { tafelId: tafel.id, startsAt: startsAt.toISOString() } },
      coordinator.id,
      now,
    );
}
