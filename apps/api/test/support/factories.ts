import { randomUUID } from 'node:crypto';
import { Algorithm, hash } from '@node-rs/argon2';
import { DataSource, DeepPartial } from 'typeorm';
import type { Gemeente, MemberKind, OrganisationType, Role } from '@tafel/shared/contracts';
import { toIsoDate } from '@tafel/shared/util';
import { CaseMemberEntity } from '../../src/modules/cases/entities/case-member.entity';
import { CaseProfessionalEntity } from '../../src/modules/cases/entities/case-professional.entity';
import { CoordinatorAssignmentEntity } from '../../src/modules/cases/entities/coordinator-assignment.entity';
import { FamilyCaseEntity } from '../../src/modules/cases/entities/family-case.entity';
import { OrganisationEntity } from '../../src/modules/organisations/organisation.entity';
import { TafelEntity } from '../../src/modules/tafels/entities/tafel.entity';
import { UserEntity } from '../../src/modules/users/user.entity';

export const TEST_PASSWORD = 'test-password-123';
/** Cheap hash parameters: factories create many users; the product's own parameters live in PasswordService. */
const testHash = hash(TEST_PASSWORD, { algorithm: Algorithm.Argon2id, memoryCost: 1024, timeCost: 1 });

/** The TOTP secret of test users with a second factor: `makeUser(ds, role, WITH_TOTP)`, `loginWithCode`. */
export const TEST_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
export const WITH_TOTP = { totpSecret: TEST_TOTP_SECRET, totpEnabledAt: new Date() };

const unique = () => randomUUID().slice(0, 8);

/** A date of birth `years` ago (2 January): that age all year but on New Year's Day. */
export const born = (years: number): string =>
  toIsoDate(new Date(Date.UTC(new Date().getUTCFullYear() - years, 0, 2)));

export async function makeOrganisation(ds: DataSource, type: OrganisationType = 'wijkteam') {
  return ds
    .getRepository(OrganisationEntity)
    .save({ name: `${type} ${unique()}`, type, gemeente: 'Enschede' });
}

export async function makeUser(
  ds: DataSource,
  role: Role,
  overrides: Partial<UserEntity> = {},
  organisationType: OrganisationType = 'wijkteam',
) {
  const organisation =
    role === 'parent' || role === 'child' ? null : await makeOrganisation(ds, organisationType);
  return ds.getRepository(UserEntity).save({
    email: `${role}.${unique()}@test.example`,
    displayName: `${role} ${unique()}`,
    role,
    organisationId: organisation?.id ?? null,
    passwordHash: await testHash,
    ...overrides,
  });
}

/** A case with an active coordinator, as the API would create it. */
export async function makeCase(
  ds: DataSource,
  coordinator: UserEntity,
  overrides: Partial<FamilyCaseEntity> = {},
): Promise<FamilyCaseEntity> {
  const created = await ds.getRepository(FamilyCaseEntity).save({
    caseNumber: `T-${unique()}`,
    familyName: `Familie ${unique()}`,
    gemeente: 'Enschede' as Gemeente,
    ...overrides,
  });
  await ds.getRepository(CoordinatorAssignmentEntity).insert({
    caseId: created.id,
    userId: coordinator.id,
    startedAt: new Date(),
    reason: 'test',
    assignedById: coordinator.id,
  });
  return created;
}

export async function addMember(
  ds: DataSource,
  caseId: string,
  kind: MemberKind,
  user?: UserEntity,
  birthDate: string | null = kind === 'child' ? '2012-03-04' : null,
) {
  return ds.getRepository(CaseMemberEntity).save({
    caseId,
    kind,
    firstName: `${kind}-${unique()}`,
    lastName: 'Test',
    birthDate,
    custody: kind === 'parent' ? true : null,
    userId: user?.id ?? null,
  });
}

export async function addProfessional(ds: DataSource, caseId: string, user: UserEntity) {
  return ds.getRepository(CaseProfessionalEntity).insert({ caseId, userId: user.id, addedAt: new Date() });
}

export async function activeCoordinators(ds: DataSource, caseId: string): Promise<string[]> {
  const rows = await ds.query<{ user_id: string }[]>(
    'SELECT user_id FROM coordinator_assignment WHERE case_id = $1 AND ended_at IS NULL',
    [caseId],
  );
  return rows.map((r) => r.user_id);
}

/** A toeleiding tafel of the case as its request stores it (consent to share given); `fields` for the rest. */
export function makeTafel(
  ds: DataSource,
  caseId: string,
  requestedById: string,
  fields: DeepPartial<TafelEntity> = {},
): Promise<TafelEntity> {
  return ds.getRepository(TafelEntity).save({
    caseId,
    momentType: 'toeleiding',
    requestedById,
    requestedAt: new Date(),
    reason: 'Zorgen over de veiligheid.',
    consentToShare: true,
    ...fields,
  });
}
