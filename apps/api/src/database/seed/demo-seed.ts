import { INestApplication, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ChainEventBody, GEMEENTEN, MFA_ROLES, type Gemeente } from '@tafel/shared/contracts';
import { UnitOfWork } from '../../common/events/unit-of-work';
import { PasswordService } from '../../modules/auth/password.service';
import { nextCaseNumber } from '../../modules/cases/case-number';
import { CaseMemberEntity } from '../../modules/cases/entities/case-member.entity';
import { CaseProfessionalEntity } from '../../modules/cases/entities/case-professional.entity';
import { CasesApi } from '../../modules/cases/cases.api';
import { CoordinatorAssignmentEntity } from '../../modules/cases/entities/coordinator-assignment.entity';
import { FamilyCaseEntity } from '../../modules/cases/entities/family-case.entity';
import { HandoversService } from '../../modules/chain/handovers.service';
import { OrganisationEntity } from '../../modules/organisations/organisation.entity';
import { UserEntity } from '../../modules/users/user.entity';
import { TafelRequestsService } from '../../modules/tafels/tafel-requests.service';
import { VerslagenService } from '../../modules/verslagen/verslagen.service';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_TOTP_SECRET } from './demo-accounts';
import { DemoFamily, demoFamilies } from './demo-families';
import { ChainSeedServices, GI_WORKERS, seedHistory } from './demo-chain-seed';
import { seedReservedHandover } from './demo-chain-reserved';
import { makeMeasureFamily, seedMeasureFamilyPlan } from './demo-measure-family';
import { seedDemoPlan } from './demo-plan';
import { seedDemoRoom } from './demo-room';
import { seedDemoTafels } from './demo-tafels';
import { CHAIN_ORGANISATIONS } from './twente';

const FAMILY_COUNT = 100;
const DAY_MS = 86_400_000;

const slug = (g: Gemeente) => g.toLowerCase().replace(/[^a-z]+/g, '-');

async function seedOrganisations(manager: EntityManager): Promise<Map<string, OrganisationEntity>> {
  const byName = new Map<string, OrganisationEntity>();
  const save = async (org: Partial<OrganisationEntity>) => {
    const saved = await manager.save(manager.create(OrganisationEntity, org));
    byName.set(saved.name, saved);
    return saved;
  };
  for (const gemeente of GEMEENTEN) {
    const parent = await save({ name: `Gemeente ${gemeente}`, type: 'gemeente', gemeente });
    await save({ name: `Wijkteam ${gemeente}`, type: 'wijkteam', gemeente, parentId: parent.id });
  }
  await save({ name: CHAIN_ORGANISATIONS.vtt, type: 'veilig_thuis', gemeente: null });
  await save({ name: CHAIN_ORGANISATIONS.raad, type: 'raad', gemeente: null });
  for (const gi of CHAIN_ORGANISATIONS.gis) await save({ name: gi, type: 'gi', gemeente: null });
  await save({ name: CHAIN_ORGANISATIONS.zorgaanbieder, type: 'zorgaanbieder', gemeente: null });
  await save({ name: CHAIN_ORGANISATIONS.beheer, type: 'beheer', gemeente: null });
  return byName;
}

async function seedUsers(
  manager: EntityManager,
  orgs: Map<string, OrganisationEntity>,
  passwordHash: string,
) {
  const users = new Map<string, UserEntity>();
  const accounts = [
    ...DEMO_ACCOUNTS,
    ...GEMEENTEN.filter((g) => g !== 'Enschede' && g !== 'Hengelo').map((g) => ({
      email: `regievoerder.${slug(g)}@tafel.example`,
      displayName: `Regievoerder ${g}`,
      role: 'coordinator' as const,
      organisation: `Wijkteam ${g}`,
    })),
    ...GI_WORKERS,
  ];
  for (const a of accounts) {
    const organisationId = a.organisation ? (orgs.get(a.organisation)?.id ?? null) : null;
    const user = await manager.save(
      manager.create(UserEntity, {
        email: a.email,
        displayName: a.displayName,
        role: a.role,
        organisationId,
        passwordHash,
        ...(MFA_ROLES.includes(a.role) ? { totpSecret: DEMO_TOTP_SECRET, totpEnabledAt: new Date() } : {}),
      }),
    );
    users.set(a.email, user);
  }
  return users;
}

/** Who besides the coordinator works on a case in this phase (need-to-know membership). */
function professionalsFor(family: DemoFamily, index: number): string[] {
  const emails: string[] = [];
  if (family.phase === 'toeleiding' || family.phase === 'drang')
    emails.push('voorzitter@tafel.example', 'secretaris@tafel.example');
  // The RvdK sits at every toeleiding tafel in Twente, and investigates.
  if (
    family.phase === 'toeleiding' ||
    family.phase === 'investigation' ||
    (family.phase === 'measure' && index % 2 === 0)
  )
    emails.push('raad@tafel.example');
  if (family.phase === 'signal' || family.phase === 'toeleiding') emails.push('vtt@tafel.example');
  // gi@ works at Jeugdbescherming Overijssel: only on the families whose measure that GI carries out.
  const gi = GI_WORKERS[index % GI_WORKERS.length]?.organisation;
  if ((family.phase === 'measure' || family.phase === 'step_down') && gi === CHAIN_ORGANISATIONS.gis[0])
    emails.push('gi@tafel.example');
  return emails;
}

async function seedFamily(
  services: ChainSeedServices,
  manager: EntityManager,
  family: DemoFamily,
  index: number,
  users: Map<string, UserEntity>,
  today: Date,
): Promise<void> {
  const opened = new Date(today.getTime() - family.openedDaysAgo * DAY_MS);
  const coordinatorEmail = `regievoerder.${slug(family.gemeente)}@tafel.example`;
  const coordinator = users.get(coordinatorEmail) as UserEntity;
  const entity = await manager.save(
    manager.create(FamilyCaseEntity, {
      caseNumber: await nextCaseNumber(manager),
      familyName: family.familyName,
      gemeente: family.gemeente,
      // The history moves the case from its first signal to its phase.
      phase: 'signal',
      regieMode: family.regieMode,
      createdAt: opened,
    }),
  );
  await manager.insert(
    CaseMemberEntity,
    family.members.map(({ account, ...m }) => ({
      ...m,
      caseId: entity.id,
      userId: account ? (users.get(`${account}@tafel.example`)?.id ?? null) : null,
    })),
  );
  await manager.insert(CoordinatorAssignmentEntity, {
    caseId: entity.id,
    userId: coordinator.id,
    startedAt: opened,
    reason: 'Casus geopend',
    assignedById: coordinator.id,
  });
  const professionals = professionalsFor(family, index).map((email) => users.get(email) as UserEntity);
  if (professionals.length) {
    await manager.insert(
      CaseProfessionalEntity,
      professionals.map((p) => ({
        caseId: entity.id,
        userId: p.id,
        addedAt: opened,
        addedById: coordinator.id,
      })),
    );
  }
  // Through the cases API, so that every event is checked and attributed like a real one.
  const uow = new UnitOfWork(manager);
  const record = (event: ChainEventBody, at: Date) =>
    services.cases.record(uow, entity.id, event, coordinator.id, at);
  await record({ type: 'case_opened', data: { gemeente: family.gemeente } }, opened);
  await record({ type: 'coordinator_assigned', data: { coordinatorId: coordinator.id } }, opened);
  await seedHistory(services, uow, entity, family, index, coordinator, users, today);
}

/** Seeds the Twente demo data when the database has none yet; never runs in production (see main.ts). */
export async function seedDemoDataOnce(app: INestApplication): Promise<boolean> {
  const dataSource = app.get(DataSource);
  const [{ count }] = await dataSource.query<{ count: string }[]>(
    'SELECT count(*) AS count FROM organisation',
  );
  if (Number(count) > 0) return false;
  const passwordHash = await app.get(PasswordService).hash(DEMO_PASSWORD);
  const today = new Date();
  await dataSource.transaction(async (manager) => {
    const orgs = await seedOrganisations(manager);
    const users = await seedUsers(manager, orgs, passwordHash);
    const families = demoFamilies(FAMILY_COUNT, today);
    makeMeasureFamily(families, today);
    const services: ChainSeedServices = {
      cases: app.get(CasesApi),
      handovers: app.get(HandoversService),
      verslagen: app.get(VerslagenService),
      requests: app.get(TafelRequestsService),
    };
    for (const [i, family] of families.entries())
      await seedFamily(services, manager, family, i, users, today);
    await seedReservedHandover(services, manager, users, today);
    await seedDemoTafels(app, manager, today);
    await seedDemoPlan(app, manager, today);
    await seedMeasureFamilyPlan(app, manager, today);
    await seedDemoRoom(app, manager, today);
  });
  new Logger('Seed').log(`Seeded Twente demo data: ${FAMILY_COUNT} families`);
  return true;
}

export function printDemoBanner(url: string): void {
  const width = Math.max(...DEMO_ACCOUNTS.map((a) => a.email.length));
  const lines = DEMO_ACCOUNTS.map(
    (a) => `  ${a.email.padEnd(width)}  ${a.description}${MFA_ROLES.includes(a.role) ? ' (TOTP)' : ''}`,
  );
  console.log(
    [
      '',
      `  Tafel demo — open ${url}`,
      `  Demo logins (password: ${DEMO_PASSWORD}):`,
      `  Accounts marked (TOTP) also give a code: authenticator secret ${DEMO_TOTP_SECRET}`,
      '  (or print the current code with: npm run -s demo:code)',
      ...lines,
      '  (Demo data only; NODE_ENV=production never seeds it.)',
      '',
    ].join('\n'),
  );
}
