import { EntityManager } from 'typeorm';
import { toIsoDate } from '@tafel/shared/util';
import { UnitOfWork } from '../../common/events/unit-of-work';
import { nextCaseNumber } from '../../modules/cases/case-number';
import { CaseMemberEntity } from '../../modules/cases/entities/case-member.entity';
import { CaseProfessionalEntity } from '../../modules/cases/entities/case-professional.entity';
import { CoordinatorAssignmentEntity } from '../../modules/cases/entities/coordinator-assignment.entity';
import { FamilyCaseEntity } from '../../modules/cases/entities/family-case.entity';
import { UserEntity } from '../../modules/users/user.entity';
import { ChainSeedServices, GI_WORKERS, seedHistory } from './demo-chain-seed';
import { DemoFamily } from './demo-families';

const DAY_MS = 86_400_000;

/**
 * The family of the chain browser test: the raadsonderzoek is done, the overdracht tafel decided
 * handover_to_gi, and the hand-over waits for Jeugdbescherming Overijssel to accept it.
 */
export const CHAIN_FAMILY = {
  name: 'Mulder',
  coordinatorEmail: 'regievoerder.almelo@tafel.example',
  gi: 'Jeugdbescherming Overijssel',
} as const;

/** The chain browser test's family: its overdracht tafel sent the case to the GI, which has not accepted yet. */
export async function seedReservedHandover(
  services: ChainSeedServices,
  manager: EntityManager,
  users: Map<string, UserEntity>,
  today: Date,
): Promise<void> {
  const { cases } = services;
  const coordinator = users.get(CHAIN_FAMILY.coordinatorEmail) as UserEntity;
  const opened = new Date(today.getTime() - 200 * DAY_MS);
  const theCase = await manager.save(
    manager.create(FamilyCaseEntity, {
      caseNumber: await nextCaseNumber(manager),
      familyName: CHAIN_FAMILY.name,
      gemeente: 'Almelo',
      phase: 'signal',
      regieMode: 'professional',
      createdAt: opened,
    }),
  );
  await manager.insert(CaseMemberEntity, [
    { caseId: theCase.id, kind: 'parent', firstName: 'Ilse', lastName: 'Mulder', custody: true },
    {
      caseId: theCase.id,
      kind: 'child',
      firstName: 'Noah',
      lastName: 'Mulder',
      birthDate: toIsoDate(new Date(today.getTime() - 8 * 365 * DAY_MS)),
    },
  ]);
  await manager.insert(CoordinatorAssignmentEntity, {
    caseId: theCase.id,
    userId: coordinator.id,
    startedAt: opened,
    reason: 'Casus geopend',
    assignedById: coordinator.id,
  });
  await manager.insert(CaseProfessionalEntity, {
    caseId: theCase.id,
    userId: (users.get('raad@tafel.example') as UserEntity).id,
    addedAt: opened,
    addedById: coordinator.id,
  });
  const uow = new UnitOfWork(manager);
  await cases.record(
    uow,
    theCase.id,
    { type: 'case_opened', data: { gemeente: 'Almelo' } },
    coordinator.id,
    opened,
  );
  await cases.record(
    uow,
    theCase.id,
    { type: 'coordinator_assigned', data: { coordinatorId: coordinator.id } },
    coordinator.id,
    opened,
  );
  const family: DemoFamily = {
    familyName: CHAIN_FAMILY.name,
    gemeente: 'Almelo',
    phase: 'investigation',
    regieMode: 'professional',
    openedDaysAgo: 200,
    members: [],
    history: [
      { kind: 'melding', daysAgo: 200 },
      { kind: 'safety_assessment', daysAgo: 197 },
      {
        kind: 'tafel',
        tafel: {
          momentType: 'toeleiding',
          decision: 'request_investigation',
          requestedDaysAgo: 180,
          heldDaysAgo: 170,
          verslagDaysAgo: 167,
        },
      },
      { kind: 'vto_received', daysAgo: 169 },
      { kind: 'investigation_started', daysAgo: 162 },
      { kind: 'investigation_finished', daysAgo: 60, advice: 'request_measure' },
      {
        kind: 'tafel',
        tafel: {
          momentType: 'overdracht',
          decision: 'handover_to_gi',
          requestedDaysAgo: 55,
          heldDaysAgo: 3,
          verslagDaysAgo: 1,
        },
      },
    ],
  };
  // Worked through the same flows, with the GI of the reserved hand-over: the decision sends it.
  const index = GI_WORKERS.findIndex((w) => w.organisation === CHAIN_FAMILY.gi);
  await seedHistory(services, uow, theCase, family, index, coordinator, users, today);
}
