import { Between, EntityManager } from 'typeorm';
import { ChainEventBody, Decision, MomentType } from '@tafel/shared/contracts';
import { toIsoDate } from '@tafel/shared/util';
import { UnitOfWork } from '../../common/events/unit-of-work';
import { CasesApi } from '../../modules/cases/cases.api';
import { CaseMemberEntity } from '../../modules/cases/entities/case-member.entity';
import { FamilyCaseEntity } from '../../modules/cases/entities/family-case.entity';
import { HandoverEntity } from '../../modules/chain/handover.entity';
import { HandoversService } from '../../modules/chain/handovers.service';
import { MeasureEntity } from '../../modules/chain/measure.entity';
import { addMonths } from '../../modules/chain/milestones.service';
import { TafelEntity } from '../../modules/tafels/entities/tafel.entity';
import { TafelRequestsService } from '../../modules/tafels/tafel-requests.service';
import { UserEntity } from '../../modules/users/user.entity';
import { VerslagenService } from '../../modules/verslagen/verslagen.service';
import { DemoAccount } from './demo-accounts';
import { ChainActor, HANDOVER_RETURN_REASON, HistoryTafel, stepActor, stepDaysAgo } from './demo-chain';
import { DemoFamily } from './demo-families';
import { amsterdamTime, heldTafelTimes, pastWorkingDay } from './demo-times';
import { CHAIN_ORGANISATIONS } from './twente';

const DAY_MS = 86_400_000;
/** How long after a tafel's decision a step of the same day follows it. */
const AFTER_DECISION_MS = 30 * 60_000;

const giSlug = (name: string) =>
  name
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean)
    .map((w) => w[0])
    .join('');

const GI_WORKER_NAMES = [
  ['Lotte Kamphuis', 'Bas Oude Luttikhuis'],
  ['Fatima El Amrani', 'Jeroen Schuurman'],
  ['Ingrid Wolbers', 'Tim Brinkhuis'],
];

/** A few jeugdbeschermers per GI, with accounts (besides gi@tafel.example at Jeugdbescherming Overijssel). */
export const GI_WORKERS: DemoAccount[] = CHAIN_ORGANISATIONS.gis.flatMap((gi, i) =>
  GI_WORKER_NAMES[i].map((displayName, n) => ({
    email: `jeugdbeschermer.${giSlug(gi)}.${n + 1}@tafel.example`,
    displayName,
    role: 'professional' as const,
    organisation: gi,
    description: `jeugdbeschermer, ${gi}`,
  })),
);

const REASONS: Readonly<Record<MomentType, string>> = {
  toeleiding: 'Zorgen over de veiligheid van de kinderen; vrijwillige hulp komt niet op gang.',
  overdracht: 'Het raadsonderzoek is afgerond: warme overdracht aan de gecertificeerde instelling.',
  afschaling: 'De gecertificeerde instelling wil de maatregel beëindigen: het gaat beter thuis.',
  herbespreking: 'De drangperiode loopt af: bespreken of de voorwaarden zijn nagekomen.',
};

/** The services the demo history writes through, so that every event is a real, checked chain event. */
export interface ChainSeedServices {
  cases: CasesApi;
  handovers: HandoversService;
  verslagen: VerslagenService;
  requests: TafelRequestsService;
}

interface Actors {
  /** Who holds regie now: the wijkteam's regievoerder, after an accepted overdracht the GI's jeugdbeschermer. */
  coordinator: UserEntity;
  wijkteam: UserEntity;
  chair: UserEntity;
  vtt: UserEntity;
  raad: UserEntity;
  gi: UserEntity;
  giOrganisationId: string;
}

function actorsFor(index: number, coordinator: UserEntity, users: Map<string, UserEntity>): Actors {
  const gi = users.get(GI_WORKERS[index % GI_WORKERS.length].email) as UserEntity;
  return {
    coordinator,
    wijkteam: coordinator,
    chair: users.get('voorzitter@tafel.example') as UserEntity,
    vtt: users.get('vtt@tafel.example') as UserEntity,
    raad: users.get('raad@tafel.example') as UserEntity,
    gi,
    giOrganisationId: gi.organisationId as string,
  };
}

/**
 * A held tafel of the history: its row (decided, verslag adopted) and its events, by whom they are;
 * a `handover_to_gi` decision sends the overdracht to the GI as the tafel's decision does. It starts on
 * a working day at one of the chair's free hours and is decided an hour later (see `heldTafelTimes`);
 * answers when it was decided, so that the history's next steps come after it.
 */
async function seedTafel(
  { cases, handovers, verslagen }: ChainSeedServices,
  uow: UnitOfWork,
  theCase: FamilyCaseEntity,
  tafel: HistoryTafel,
  actors: Actors,
  today: Date,
): Promise<Date> {
  const at = (daysAgo: number) => new Date(today.getTime() - daysAgo * DAY_MS);
  // The chair's other tafels of that day keep their hours.
  const day = pastWorkingDay(today, tafel.heldDaysAgo);
  const taken = await uow.manager.find(TafelEntity, {
    select: { id: true, startsAt: true },
    where: { decidedById: actors.chair.id, startsAt: Between(amsterdamTime(day, 0), amsterdamTime(day, 23)) },
  });
  const { startsAt, endsAt, decidedAt, adoptedAt } = heldTafelTimes(
    today,
    tafel,
    taken.map((t) => t.startsAt as Date),
  );
  const conditionsDeadline =
    tafel.conditionsInDays === undefined
      ? null
      : toIsoDate(new Date(today.getTime() + tafel.conditionsInDays * DAY_MS));
  const row = await uow.manager.save(
    uow.manager.create(TafelEntity, {
      caseId: theCase.id,
      momentType: tafel.momentType,
      status: 'minutes_adopted',
      requestedById: actors.coordinator.id,
      requestedAt: at(tafel.requestedDaysAgo),
      reason: REASONS[tafel.momentType],
      consentToShare: true,
      familiegroepsplanOffered: tafel.momentType === 'toeleiding' ? true : null,
      parentsReaction: 'De ouders willen meedenken over een plan voor de kinderen.',
      startsAt,
      endsAt,
      childHeard: 'in_person',
      decision: tafel.decision,
      decisionRationale: 'Besluit van de tafel, besproken met de ouders.',
      parentsView: 'agree',
      parentsViewText: null,
      conditionsDeadline,
      giOrganisationId: tafel.decision === 'handover_to_gi' ? actors.giOrganisationId : null,
      decidedAt,
      decidedById: actors.chair.id,
    }),
  );
  const tafelId = row.id;
  const momentType = tafel.momentType;
  const record = (event: ChainEventBody, by: UserEntity, when: Date) =>
    cases.record(uow, theCase.id, event, by.id, when);
  await record(
    {
      type: 'tafel_requested',
      data: {
        tafelId,
        momentType,
        parentsReaction: true,
        familiegroepsplanOffered: momentType === 'toeleiding' ? true : null,
        voluntaryHelpDescribed: true,
        followsTafelId: null,
      },
    },
    actors.coordinator,
    at(tafel.requestedDaysAgo),
  );
  // A toeleiding request moves the case into toeleiding; an overdracht or afschaling leaves it where it is.
  if (momentType === 'toeleiding' || momentType === 'herbespreking') {
    await cases.movePhase(uow, theCase.id, 'toeleiding', actors.coordinator.id, at(tafel.requestedDaysAgo));
  }
  await record({ type: 'tafel_held', data: { tafelId, momentType } }, actors.chair, startsAt);
  // What the tafel decided, at its end: the decision, the VTO or overdracht it sends, the phase it moves to.
  await record(
    {
      type: 'decision_recorded',
      data: {
        tafelId,
        momentType,
        decision: tafel.decision,
        childHeard: 'in_person',
        parentsView: 'agree',
        parentsPresent: true,
        parentsHeard: true,
      },
    },
    actors.chair,
    decidedAt,
  );
  if (tafel.decision === 'request_investigation') {
    await record({ type: 'vto_sent', data: { tafelId } }, actors.chair, decidedAt);
  }
  if (tafel.decision === 'handover_to_gi') {
    await handovers.sendForDecision(
      uow,
      theCase.id,
      tafelId,
      actors.giOrganisationId,
      actors.chair.id,
      decidedAt,
    );
  }
  const next: Partial<Record<Decision, 'signal' | 'drang'>> = {
    no_investigation: 'signal',
    conditional: 'drang',
    no_measure_requested: 'signal',
  };
  const phase = next[tafel.decision];
  if (phase) await cases.movePhase(uow, theCase.id, phase, actors.chair.id, decidedAt);
  // Adopted as the chair adopts it: the draft frozen from the tafel, then its immutable version.
  await verslagen.writeAdopted(uow.manager, tafelId, startsAt, actors.chair.id, adoptedAt);
  await record({ type: 'verslag_adopted', data: { tafelId } }, actors.chair, adoptedAt);
  return decidedAt;
}

/** The family's history, step by step, each recorded by the organisation that owns it. */
export async function seedHistory(
  services: ChainSeedServices,
  uow: UnitOfWork,
  theCase: FamilyCaseEntity,
  family: DemoFamily,
  index: number,
  coordinator: UserEntity,
  users: Map<string, UserEntity>,
  today: Date,
): Promise<void> {
  const { cases, handovers } = services;
  const { manager } = uow;
  const actors = actorsFor(index, coordinator, users);
  let measure: MeasureEntity | null = null;
  const waiting = () =>
    manager.findOneOrFail(HandoverEntity, {
      where: { caseId: theCase.id, status: 'sent' },
      lock: { mode: 'pessimistic_write' },
    });
  // A step dated on a tafel's day before its decision (a VTO received the same day) comes after it.
  let notBefore = 0;
  for (const step of family.history) {
    const planned = today.getTime() - stepDaysAgo(step) * DAY_MS;
    const at = new Date(planned < notBefore ? notBefore + AFTER_DECISION_MS : planned);
    const by: Record<ChainActor, UserEntity> = actors;
    const actor = by[stepActor(step)];
    const milestone = (event: ChainEventBody) => cases.recordMilestone(uow, theCase.id, event, actor.id, at);
    switch (step.kind) {
      case 'melding':
        await milestone({ type: 'melding_received', data: {} });
        break;
      case 'safety_assessment':
        await milestone({ type: 'safety_assessment_done', data: {} });
        break;
      case 'vtt_investigation_started':
      case 'vtt_investigation_finished':
        await milestone({ type: step.kind, data: {} });
        break;
      case 'requested':
        // A real request, as the coordinator makes it: the tafel waits to be scheduled, so the case page
        // shows it beside the timeline's "Tafel aangevraagd".
        await services.requests.createRequest(
          uow,
          theCase,
          {
            momentType: 'toeleiding',
            reason:
              'Zorgen over de veiligheid van de kinderen; de vrijwillige hulp brengt te weinig verandering.',
            voluntaryHelpTried: 'Gezinscoach van het wijkteam en opvoedondersteuning.',
            familiegroepsplanOffered: true,
            parentsReaction: 'De ouders willen meewerken aan een plan.',
            consentToShare: true,
          },
          actor.id,
          at,
          null,
        );
        break;
      case 'tafel':
        notBefore = (await seedTafel(services, uow, theCase, step.tafel, actors, today)).getTime();
        break;
      case 'vto_received':
        await milestone({ type: 'vto_received', data: {} });
        break;
      case 'investigation_started':
        await milestone({ type: 'investigation_started', data: {} });
        break;
      case 'investigation_finished':
        await milestone({ type: 'investigation_finished', data: { advice: step.advice } });
        break;
      case 'petition_filed':
        await milestone({ type: 'petition_filed', data: { measureType: step.measureType } });
        break;
      case 'court_order': {
        measure = await seedMeasure(
          manager,
          theCase.id,
          step.measureType,
          toIsoDate(at),
          step.months,
          actors,
        );
        await milestone({
          type: 'court_order',
          data: {
            measureId: measure.id,
            measureType: measure.type,
            startsOn: measure.startsOn,
            endsOn: measure.endsOn,
            giOrganisationId: actors.giOrganisationId,
          },
        });
        // The GI's jeugdbeschermer works on the case from the order on.
        await manager.query(
          `INSERT INTO case_professional (case_id, user_id, added_at, added_by_id) VALUES ($1, $2, $3, $4)
           ON CONFLICT (case_id, user_id) WHERE removed_at IS NULL DO NOTHING`,
          [theCase.id, actors.gi.id, at, coordinator.id],
        );
        break;
      }
      case 'handover_sent': {
        const to = step.to === 'gi' ? actors.giOrganisationId : (coordinator.organisationId as string);
        await handovers.sendIn(uow, theCase.id, actor.organisationId, to, actor.id, at);
        break;
      }
      case 'handover_returned':
        await handovers.returnIn(uow, await waiting(), HANDOVER_RETURN_REASON, actor.id, at);
        break;
      case 'handover_accepted':
        // The receiving organisation's own worker takes regie: the jeugdbeschermer, or the wijkteam's regievoerder.
        await handovers.acceptIn(uow, await waiting(), actor.id, actor.id, at);
        actors.coordinator = actor;
        break;
      case 'jeugdbeschermer_assigned':
        await manager.update(MeasureEntity, requireMeasure(measure).id, { jeugdbeschermerId: actors.gi.id });
        await milestone({ type: 'jeugdbeschermer_assigned', data: { jeugdbeschermerId: actors.gi.id } });
        break;
      case 'plan_van_aanpak_ready':
        await milestone({ type: 'plan_van_aanpak_ready', data: {} });
        break;
      case 'help_started':
        await milestone({ type: 'help_started', data: {} });
        break;
      case 'measure_extended': {
        const running = requireMeasure(measure);
        const endsOn = addMonths(running.endsOn as string, step.months);
        running.extensions = [...running.extensions, { on: toIsoDate(at), endsOn }];
        running.endsOn = endsOn;
        await manager.save(running);
        await milestone({ type: 'measure_extended', data: { measureId: running.id, endsOn } });
        break;
      }
      case 'measure_ended': {
        const ended = requireMeasure(measure);
        await manager.update(MeasureEntity, ended.id, { endedOn: toIsoDate(at), endReason: 'afschaling' });
        await milestone({
          type: 'measure_ended',
          data: { reason: 'afschaling', measureId: ended.id, followUp: step.followUp },
        });
        break;
      }
      case 'case_closed':
        await cases.record(uow, theCase.id, { type: 'case_closed', data: {} }, actor.id, at);
        await cases.movePhase(uow, theCase.id, 'closed', actor.id, at);
        break;
    }
  }
}

const requireMeasure = (measure: MeasureEntity | null): MeasureEntity => {
  if (!measure) throw new Error('A demo history step needs the court order before it');
  return measure;
};

/** The measure of a court order, for the family's eldest child, carried out by the family's GI. */
async function seedMeasure(
  manager: EntityManager,
  caseId: string,
  type: MeasureEntity['type'],
  courtDate: string,
  months: number,
  actors: Actors,
): Promise<MeasureEntity> {
  const child = await manager.findOneOrFail(CaseMemberEntity, {
    where: { caseId, kind: 'child' },
    order: { birthDate: 'ASC' },
  });
  return manager.save(
    manager.create(MeasureEntity, {
      caseId,
      memberId: child.id,
      type,
      courtDate,
      startsOn: courtDate,
      endsOn: addMonths(courtDate, months),
      giOrganisationId: actors.giOrganisationId,
      jeugdbeschermerId: null,
      extensions: [],
      endedOn: null,
      endReason: null,
    }),
  );
}
