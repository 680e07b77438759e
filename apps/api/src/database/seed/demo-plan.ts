import { INestApplication } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PlanAgreement, PlanSections } from '@tafel/shared/contracts';
import { toIsoDate } from '@tafel/shared/util';
import { UnitOfWork } from '../../common/events/unit-of-work';
import { CasesApi } from '../../modules/cases/cases.api';
import { CaseMemberEntity } from '../../modules/cases/entities/case-member.entity';
import { PlanVersionEntity } from '../../modules/plans/entities/plan-version.entity';
import { PlanEntity } from '../../modules/plans/entities/plan.entity';
import { versionHash } from '../../modules/plans/plan.mapper';
import { UserEntity } from '../../modules/users/user.entity';

const SECTIONS: PlanSections = {
  worries:
    'Er is vaak ruzie tussen de ouders waar Daan bij is. Daan komt soms niet op school en slaapt slecht.',
  going_well: 'Oma helpt elke woensdag. Daan zit op voetbal en gaat daar graag heen.',
  safety_goals: 'Daan is niet bij ruzies aanwezig. Als het thuis te druk wordt, kan Daan naar oma.',
  goals: 'Daan gaat elke dag naar school. Moeder en vader maken samen afspraken over Daan.',
  family_view: '',
  children_views: '',
};

/** The Bakker family's plan: one published version, so that a parent has something to read and answer. */
export async function seedDemoPlan(
  app: INestApplication,
  manager: EntityManager,
  today: Date,
): Promise<void> {
  const parent = await manager.findOneByOrFail(UserEntity, { email: 'ouder@tafel.example' });
  const coordinator = await manager.findOneByOrFail(UserEntity, {
    email: 'regievoerder.enschede@tafel.example',
  });
  const { caseId } = await manager.findOneByOrFail(CaseMemberEntity, { userId: parent.id });
  const due = (days: number) => toIsoDate(new Date(today.getTime() + days * 86_400_000));
  const agreements: PlanAgreement[] = [
    {
      owner: 'Sanne Bakker',
      what: 'Maakt een afspraak bij de huisarts over het slapen van Daan',
      dueDate: due(5),
    },
    {
      owner: 'Wijkteam Enschede',
      what: 'Zoekt met school naar hulp bij het op tijd komen',
      dueDate: due(21),
    },
  ];
  await manager.insert(PlanEntity, {
    caseId,
    sections: SECTIONS,
    agreements,
    revision: 1,
    updatedById: coordinator.id,
  });
  await manager.insert(PlanVersionEntity, {
    caseId,
    number: 1,
    sections: SECTIONS,
    agreements,
    regieMode: 'family',
    regieReason: null,
    sha256: versionHash(1, SECTIONS, agreements),
    publishedById: coordinator.id,
  });
  // The seed runs before anyone listens: the unit of work's events are collected and dropped.
  await app
    .get(CasesApi)
    .record(
      new UnitOfWork(manager),
      caseId,
      { type: 'plan_published', data: { versionNumber: 1 } },
      coordinator.id,
    );
}
