import { INestApplication } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { addWorkingDays, toIsoDate } from '@tafel/shared/util';
import { UnitOfWork } from '../../common/events/unit-of-work';
import { CaseMemberEntity } from '../../modules/cases/entities/case-member.entity';
import { FamilyCaseEntity } from '../../modules/cases/entities/family-case.entity';
import { SittingEntity } from '../../modules/tafels/entities/sitting.entity';
import { TafelParticipantEntity } from '../../modules/tafels/entities/tafel-participant.entity';
import { TafelRequestsService } from '../../modules/tafels/tafel-requests.service';
import { UserEntity } from '../../modules/users/user.entity';
import { amsterdamTime } from './demo-times';

const SITTING_WEEKDAYS = [2, 4];
const SITTING_DAYS_AHEAD = 20;

/** Tuesday and Thursday mornings for the demo chair and secretary, the coming four weeks. */
async function seedSittings(manager: EntityManager, chair: UserEntity, secretary: UserEntity, today: Date) {
  for (let n = 1; n <= SITTING_DAYS_AHEAD; n++) {
    const day = addWorkingDays(today, n);
    if (!SITTING_WEEKDAYS.includes(day.getUTCDay())) continue;
    const date = toIsoDate(day);
    await manager.insert(SittingEntity, {
      chairId: chair.id,
      secretaryId: secretary.id,
      startsAt: amsterdamTime(date, 9),
      endsAt: amsterdamTime(date, 12),
      slotMinutes: 60,
      location: 'Stadskantoor Enschede, spreekkamer 3',
    });
  }
}

/** Sittings, and the Bakker family's toeleiding, requested six days ago, with the RvdK at the table. */
export async function seedDemoTafels(
  app: INestApplication,
  manager: EntityManager,
  today: Date,
): Promise<void> {
  const user = (email: string) => manager.findOneByOrFail(UserEntity, { email });
  await seedSittings(
    manager,
    await user('voorzitter@tafel.example'),
    await user('secretaris@tafel.example'),
    today,
  );
  const parent = await manager.findOneByOrFail(CaseMemberEntity, {
    userId: (await user('ouder@tafel.example')).id,
  });
  const bakker = await manager.findOneByOrFail(FamilyCaseEntity, { id: parent.caseId });
  const requester = await user('regievoerder.enschede@tafel.example');
  // The seed runs before anyone listens: the unit of work's events are collected and dropped.
  const tafel = await app.get(TafelRequestsService).createRequest(
    new UnitOfWork(manager),
    bakker,
    {
      momentType: 'toeleiding',
      reason:
        'Zorgen over de veiligheid van Daan en Mila: herhaald huiselijk geweld na de scheiding (melding VTT).',
      voluntaryHelpTried:
        'Gezinscoach van het wijkteam sinds het voorjaar; opvoedondersteuning; mediation bij de scheiding.',
      familiegroepsplanOffered: true,
      parentsReaction: 'Moeder wil meewerken aan een plan; vader vindt dat de zorgen overdreven zijn.',
      consentToShare: true,
    },
    requester.id,
    new Date(today.getTime() - 6 * 86_400_000),
    null,
  );
  await manager.insert(TafelParticipantEntity, {
    tafelId: tafel.id,
    role: 'raad',
    userId: (await user('raad@tafel.example')).id,
  });
}
