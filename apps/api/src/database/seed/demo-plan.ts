import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PlanAgreement, PlanGoal, PlanSections } from '@tafel/shared/contracts';
import { toIsoDate } from '@tafel/shared/util';
import { UnitOfWork } from '../../common/events/unit-of-work';
import { CasesApi } from '../../modules/cases/cases.api';
import { CaseMemberEntity } from '../../modules/cases/entities/case-member.entity';
import { PlanAnswerEntity } from '../../modules/plans/entities/plan-answer.entity';
import { PlanVersionEntity } from '../../modules/plans/entities/plan-version.entity';
import { PlanEntity } from '../../modules/plans/entities/plan.entity';
import { versionHash } from '../../modules/plans/plan.mapper';
import { UserEntity } from '../../modules/users/user.entity';

const SECTIONS: PlanSections = {
  worries:
    'Er is vaak ruzie tussen de ouders waar Daan bij is. Daan komt soms niet op school en slaapt slecht.',
  going_well: 'Oma helpt elke woensdag. Daan zit op voetbal en gaat daar graag heen.',
  safety_goals: 'Daan is niet bij ruzies aanwezig. Als het thuis te druk wordt, kan Daan naar oma.',
  family_view: '',
  children_views: '',
};

/**
 * The Bakker family's plan: one published version, so that a parent has something to read and
 * answer; and a second Enschede family whose plan has an overdue agreement and a parent's
 * disagreement, so that "Mijn gezinnen" has something to show (the Bakker plan stays unanswered).
 */
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
  const goals: PlanGoal[] = [
    { id: randomUUID(), text: 'Daan gaat elke dag naar school en slaapt goed.' },
    { id: randomUUID(), text: 'Moeder en vader maken samen afspraken over Daan.' },
  ];
  const agreements: PlanAgreement[] = [
    {
      owner: 'Sanne Bakker',
      what: 'Maakt een afspraak bij de huisarts over het slapen van Daan',
      dueDate: due(5),
      goalId: goals[0].id,
    },
    {
      owner: 'Wijkteam Enschede',
      what: 'Zoekt met school naar hulp bij het op tijd komen',
      dueDate: due(21),
      goalId: goals[0].id,
    },
  ];
  await manager.insert(PlanEntity, {
    caseId,
    sections: SECTIONS,
    goals,
    agreements,
    revision: 1,
    updatedById: coordinator.id,
  });
  await manager.insert(PlanVersionEntity, {
    caseId,
    number: 1,
    sections: SECTIONS,
    goals,
    agreements,
    regieMode: 'family',
    regieReason: null,
    sha256: versionHash(1, SECTIONS, goals, agreements),
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
  await seedAttention(app, manager, coordinator, due);
}

const OTHER_SECTIONS: PlanSections = {
  worries: 'De kinderen missen vaak school.',
  going_well: 'De buren helpen met halen en brengen.',
  safety_goals: 'De kinderen zijn elke schooldag op tijd op school.',
  family_view: '',
  children_views: '',
};

/** The first other open family of the Enschede coordinator with a parent: an overdue agreement and a disagreement. */
async function seedAttention(
  app: INestApplication,
  manager: EntityManager,
  coordinator: UserEntity,
  due: (days: number) => string,
): Promise<void> {
  const [row] = await manager.query<{ case_id: string; member_id: string }[]>(
    `SELECT c.id AS case_id, m.id AS member_id FROM family_case c
       JOIN coordinator_assignment a ON a.case_id = c.id AND a.ended_at IS NULL AND a.user_id = $1
       JOIN case_member m ON m.case_id = c.id AND m.kind = 'parent'
      WHERE c.family_name <> 'Bakker' AND c.phase <> 'closed'
      ORDER BY c.case_number, m.id LIMIT 1`,
    [coordinator.id],
  );
  if (!row) return;
  const caseId = row.case_id;
  const goals: PlanGoal[] = [{ id: randomUUID(), text: 'Vader en moeder maken een weekrooster.' }];
  const agreements: PlanAgreement[] = [
    {
      owner: 'Wijkteam Enschede',
      what: 'Regelt een gesprek met de leerplichtambtenaar',
      dueDate: due(-3),
      goalId: goals[0].id,
    },
  ];
  await manager.insert(PlanEntity, {
    caseId,
    sections: OTHER_SECTIONS,
    goals,
    agreements,
    revision: 1,
    updatedById: coordinator.id,
  });
  const { identifiers } = await manager.insert(PlanVersionEntity, {
    caseId,
    number: 1,
    sections: OTHER_SECTIONS,
    goals,
    agreements,
    regieMode: 'family',
    regieReason: null,
    sha256: versionHash(1, OTHER_SECTIONS, goals, agreements),
    publishedById: coordinator.id,
  });
  await manager.insert(PlanAnswerEntity, {
    versionId: identifiers[0]['id'],
    caseId,
    section: 'goals',
    memberId: row.member_id,
    answer: 'disagree',
    text: 'Een rooster werkt bij ons niet, we willen eerst samen praten.',
  });
  const cases = app.get(CasesApi);
  const uow = new UnitOfWork(manager);
  await cases.record(uow, caseId, { type: 'plan_published', data: { versionNumber: 1 } }, coordinator.id);
  await cases.record(
    uow,
    caseId,
    {
      type: 'plan_answered',
      data: { versionNumber: 1, section: 'goals', answer: 'disagree', memberId: row.member_id },
    },
    null,
  );
}
