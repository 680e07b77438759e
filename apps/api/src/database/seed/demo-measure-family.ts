import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PlanAgreement, PlanGoal, PlanSections } from '@tafel/shared/contracts';
import { ageOn, toIsoDate } from '@tafel/shared/util';
import { UnitOfWork } from '../../common/events/unit-of-work';
import { CasesApi } from '../../modules/cases/cases.api';
import { CaseMemberEntity } from '../../modules/cases/entities/case-member.entity';
import { PlanVersionEntity } from '../../modules/plans/entities/plan-version.entity';
import { PlanEntity } from '../../modules/plans/entities/plan.entity';
import { versionHash } from '../../modules/plans/plan.mapper';
import { UserEntity } from '../../modules/users/user.entity';
import { DEMO_ACCOUNTS } from './demo-accounts';
import { GI_WORKERS } from './demo-chain-seed';
import { DemoFamily } from './demo-families';
import { CHAIN_ORGANISATIONS } from './twente';

/**
 * The family of the demo parent and youth under a court measure: an ondertoezichtstelling for the
 * eldest child, carried out by Jeugdbescherming Overijssel, whose jeugdbeschermer holds regie.
 */
export const MEASURE_FAMILY = {
  name: 'Morsink',
  parentEmail: 'ouder.morsink@tafel.example',
  childEmail: 'jongere.morsink@tafel.example',
  gi: CHAIN_ORGANISATIONS.gis[0],
} as const;

/** The demo e-mail's local part ("ouder.morsink"), as DemoMember.account holds it. */
const local = (email: string) => email.slice(0, email.indexOf('@'));

/**
 * Makes one generated family the measure family, before it is seeded — so its whole history (melding,
 * toeleiding, raadsonderzoek, overdracht, court order, jeugdbeschermer) is the generator's own and the
 * ketenmonitor's figures stay as they were: the first family in `measure` whose running measure is an
 * OTS carried out by Jeugdbescherming Overijssel (the GI follows the family's index, as in
 * seedHistory), for an eldest child of 12 to 15 (the measure is the eldest child's; a child of 16+
 * would have to consent before the parents read it), with a parent who has custody. It is renamed, its
 * parent and that child get the demo accounts. Returns the family's index.
 */
export function makeMeasureFamily(families: DemoFamily[], today: Date): number {
  const index = families.findIndex((family, i) => {
    const eldest = eldestChild(family);
    const age = eldest?.birthDate ? ageOn(eldest.birthDate, today) : null;
    return (
      family.phase === 'measure' &&
      GI_WORKERS[i % GI_WORKERS.length].organisation === MEASURE_FAMILY.gi &&
      family.history.some((s) => s.kind === 'court_order' && s.measureType === 'ots') &&
      !family.history.some((s) => s.kind === 'measure_ended') &&
      age !== null &&
      age >= 12 &&
      age < 16 &&
      family.members.some((m) => m.kind === 'parent' && m.custody)
    );
  });
  if (index < 0) throw new Error('The demo data holds no family for the measure family');
  const family = families[index];
  const [parentFirst, ...parentLast] = displayName(MEASURE_FAMILY.parentEmail).split(' ');
  const [childFirst] = displayName(MEASURE_FAMILY.childEmail).split(' ');
  const parent = family.members.find((m) => m.kind === 'parent' && m.custody);
  const child = eldestChild(family);
  for (const member of family.members)
    if (member.lastName === family.familyName) member.lastName = MEASURE_FAMILY.name;
  Object.assign(parent ?? {}, {
    firstName: parentFirst,
    lastName: parentLast.join(' '),
    account: local(MEASURE_FAMILY.parentEmail),
  });
  Object.assign(child ?? {}, { firstName: childFirst, account: local(MEASURE_FAMILY.childEmail) });
  family.familyName = MEASURE_FAMILY.name;
  return index;
}

function eldestChild(family: DemoFamily) {
  return family.members
    .filter((m) => m.kind === 'child' && m.birthDate)
    .sort((a, b) => (a.birthDate as string).localeCompare(b.birthDate as string))[0];
}

/** The display name of a demo account (DEMO_ACCOUNTS): the member gets the account holder's name. */
function displayName(email: string): string {
  const account = DEMO_ACCOUNTS.find((a) => a.email === email);
  if (!account) throw new Error(`No demo account ${email}`);
  return account.displayName;
}

const SECTIONS: PlanSections = {
  worries:
    'Jesse is vaak niet op school. Thuis is er veel ruzie. De rechter vindt dat Jesse hulp moet krijgen.',
  going_well:
    'Jesse traint twee keer per week bij de voetbalclub. Moeder vraagt zelf om hulp als het niet lukt.',
  safety_goals: 'Jesse is elke schooldag op school. Bij ruzie thuis belt moeder de jeugdbeschermer.',
  family_view: '',
  children_views: '',
};

/**
 * The measure family's plan: one published version, written under the jeugdbeschermer's regie, with
 * two goals and the agreements that serve each of them — one due this week, the others later.
 */
export async function seedMeasureFamilyPlan(
  app: INestApplication,
  manager: EntityManager,
  today: Date,
): Promise<void> {
  const parent = await manager.findOneByOrFail(UserEntity, { email: MEASURE_FAMILY.parentEmail });
  const { caseId } = await manager.findOneByOrFail(CaseMemberEntity, { userId: parent.id });
  // The GI's jeugdbeschermer holds regie since the overdracht was accepted: they publish the plan.
  const [{ user_id: jeugdbeschermerId }] = await manager.query<{ user_id: string }[]>(
    `SELECT user_id FROM coordinator_assignment WHERE case_id = $1 AND ended_at IS NULL`,
    [caseId],
  );
  const due = (days: number) => toIsoDate(new Date(today.getTime() + days * 86_400_000));
  const goals: PlanGoal[] = [
    { id: randomUUID(), text: 'Jesse gaat elke schooldag naar school.' },
    { id: randomUUID(), text: 'Er is thuis minder ruzie.' },
  ];
  const agreements: PlanAgreement[] = [
    {
      owner: 'Inge Morsink',
      what: 'Belt school als Jesse ziek is, voor half negen',
      dueDate: due(4),
      goalId: goals[0].id,
    },
    {
      owner: MEASURE_FAMILY.gi,
      what: 'Praat elke maand met Jesse en de mentor over school',
      dueDate: due(30),
      goalId: goals[0].id,
    },
    {
      owner: 'Jeugdhulp Twente',
      what: 'Start gezinsbegeleiding thuis, één keer per week',
      dueDate: due(21),
      goalId: goals[1].id,
    },
  ];
  await manager.insert(PlanEntity, {
    caseId,
    sections: SECTIONS,
    goals,
    agreements,
    revision: 1,
    updatedById: jeugdbeschermerId,
  });
  // Regie has been professional since the measure; no switch was recorded, so no reason of its own.
  await manager.insert(PlanVersionEntity, {
    caseId,
    number: 1,
    sections: SECTIONS,
    goals,
    agreements,
    regieMode: 'professional',
    regieReason: null,
    sha256: versionHash(1, SECTIONS, goals, agreements),
    publishedById: jeugdbeschermerId,
  });
  // The seed runs before anyone listens: the unit of work's events are collected and dropped.
  await app
    .get(CasesApi)
    .record(
      new UnitOfWork(manager),
      caseId,
      { type: 'plan_published', data: { versionNumber: 1 } },
      jeugdbeschermerId,
    );
}
