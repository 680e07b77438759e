import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, IsNull, LessThanOrEqual, In } from 'typeorm';
import {
  ChainEventBody,
  MEASURE_MAX_MONTHS,
  MILESTONE_OWNERS,
  MILESTONE_TYPES,
  Measure,
  MeasureEndingSoon,
} from '@tafel/shared/contracts';
import { ageOn, dutchDate, toIsoDate } from '@tafel/shared/util';
import { AuthUser } from '../../common/auth/auth-user';
import { Transactions } from '../../common/events/unit-of-work';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { DomainError, invalid } from '../../common/problem/domain-error';
import { CaseAccessService } from '../cases/case-access.service';
import { CasesApi } from '../cases/cases.api';
import { measuresForViewer, viewerOf } from '../cases/viewer.policy';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { UserEntity } from '../users/user.entity';
import { MeasureEntity } from './measure.entity';
import { RecordMilestoneDto } from './milestone.dto';

/** How far ahead a measure's end asks for an afschaling tafel. */
export const ENDING_SOON_MONTHS = 3;

export function addMonths(day: string, months: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, d.getUTCDate()));
  // 31 January + 1 month is the last day of February, not 3 March.
  if (target.getUTCDate() !== d.getUTCDate()) target.setUTCDate(0);
  return toIsoDate(target);
}

const field = (name: string, reason: string) => invalid([{ name, reason }]);

const toMeasure = (m: MeasureEntity, names: ReadonlyMap<string, string>): Measure => ({
  id: m.id,
  caseId: m.caseId,
  memberId: m.memberId,
  type: m.type,
  courtDate: m.courtDate,
  startsOn: m.startsOn,
  endsOn: m.endsOn,
  giOrganisationId: m.giOrganisationId,
  giOrganisationName: (m.giOrganisationId && names.get(m.giOrganisationId)) ?? null,
  jeugdbeschermerId: m.jeugdbeschermerId,
  jeugdbeschermerName: (m.jeugdbeschermerId && names.get(m.jeugdbeschermerId)) ?? null,
  extensions: m.extensions,
  endedOn: m.endedOn,
  endReason: m.endReason,
});

/**
 * The chain's milestones, each recorded by the organisation that owns it (MILESTONE_OWNERS), with
 * its real date: never in the future, never before the case's previous milestone. The phase follows
 * through `CasesApi.recordMilestone` (the one transition table).
 */
@Injectable()
export class MilestonesService {
  constructor(
    private readonly transactions: Transactions,
    private readonly access: CaseAccessService,
    private readonly cases: CasesApi,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async record(user: AuthUser, caseId: string, dto: RecordMilestoneDto, now = new Date()): Promise<void> {
    await this.access.requireAccess(user, caseId, 'case.milestone.record');
    await this.transactions.run(async (uow) => {
      const { manager } = uow;
      await this.cases.lock(manager, caseId);
      const today = dutchDate(now);
      if (dto.occurredOn > today) throw field('occurredOn', 'must not be in the future');
      const organisation = user.organisationId
        ? await manager.findOneBy(OrganisationEntity, { id: user.organisationId })
        : null;
      if (!organisation || !MILESTONE_OWNERS[dto.type].includes(organisation.type)) {
        throw new DomainError(
          'forbidden',
          `A ${dto.type} milestone is recorded by ${MILESTONE_OWNERS[dto.type].join(' or ')}`,
        );
      }
      const previous = await this.cases.lastMilestoneAt(manager, caseId, MILESTONE_TYPES);
      if (previous && dto.occurredOn < dutchDate(previous)) {
        throw field('occurredOn', `must not be before the previous milestone (${dutchDate(previous)})`);
      }
      const event = await this.event(manager, caseId, dto);
      const at = dto.occurredOn === today ? now : new Date(`${dto.occurredOn}T12:00:00Z`);
      await this.cases.recordMilestone(uow, caseId, event, user.id, at);
    });
  }

  /** The typed event of a milestone; a court ruling, an extension or an end also writes the measure. */
  private async event(
    manager: EntityManager,
    caseId: string,
    dto: RecordMilestoneDto,
  ): Promise<ChainEventBody> {
    switch (dto.type) {
      case 'investigation_finished':
        if (!dto.advice) throw field('advice', 'the raadsonderzoek ends with an advice');
        return { type: dto.type, data: { advice: dto.advice } };
      case 'petition_filed':
        if (!dto.measureType) throw field('measureType', 'a verzoekschrift asks for a measure');
        return { type: dto.type, data: { measureType: dto.measureType } };
      case 'court_order':
        return this.courtOrder(manager, caseId, dto);
      case 'jeugdbeschermer_assigned':
        return this.jeugdbeschermer(manager, caseId, dto);
      case 'measure_extended': {
        const measure = await this.openMeasure(manager, caseId, dto.measureId);
        const from = measure.endsOn ?? dto.occurredOn;
        if (!dto.endsOn || dto.endsOn <= from) throw field('endsOn', 'must be after the current end date');
        this.requireWithinMaximum(measure.type, from, dto.endsOn, 'endsOn');
        measure.extensions = [...measure.extensions, { on: dto.occurredOn, endsOn: dto.endsOn }];
        measure.endsOn = dto.endsOn;
        await manager.save(measure);
        return { type: dto.type, data: { measureId: measure.id, endsOn: dto.endsOn } };
      }
      case 'measure_ended': {
        const measure = await this.openMeasure(manager, caseId, dto.measureId);
        if (!dto.reason) throw field('reason', 'a measure ends with a reason');
        if (!dto.followUp) throw field('followUp', 'step_down or closed');
        await manager.update(MeasureEntity, measure.id, { endedOn: dto.occurredOn, endReason: dto.reason });
        return {
          type: dto.type,
          data: { reason: dto.reason, measureId: measure.id, followUp: dto.followUp },
        };
      }
      case 'melding_received':
      case 'safety_assessment_done':
      case 'vtt_investigation_started':
      case 'vtt_investigation_finished':
      case 'vto_received':
      case 'investigation_started':
      case 'plan_van_aanpak_ready':
      case 'help_started':
        return { type: dto.type, data: {} };
    }
  }

  private async courtOrder(
    manager: EntityManager,
    caseId: string,
    dto: RecordMilestoneDto,
  ): Promise<ChainEventBody> {
    if (!dto.measureType) throw field('measureType', 'the ruling names the measure');
    const child = dto.memberId ? await this.cases.member(manager, dto.memberId, caseId) : null;
    if (!child || child.kind !== 'child') throw field('memberId', 'must be a child of this family');
    const gi = dto.giOrganisationId
      ? await manager.findOneBy(OrganisationEntity, { id: dto.giOrganisationId, type: 'gi' })
      : null;
    if (!gi) throw field('giOrganisationId', 'must be a certified institution (GI)');
    const max = MEASURE_MAX_MONTHS[dto.measureType];
    let endsOn: string | null = null;
    if (max !== null) {
      if (!dto.durationMonths) throw field('durationMonths', 'the ruling states its duration');
      if (dto.durationMonths > max)
        throw field('durationMonths', `a ${dto.measureType} lasts at most ${max} months`);
      endsOn = addMonths(dto.occurredOn, dto.durationMonths);
    }
    const measure = await manager.save(
      manager.create(MeasureEntity, {
        caseId,
        memberId: child.id,
        type: dto.measureType,
        courtDate: dto.occurredOn,
        startsOn: dto.occurredOn,
        endsOn,
        giOrganisationId: gi.id,
        jeugdbeschermerId: null,
        extensions: [],
        endedOn: null,
        endReason: null,
      }),
    );
    return {
      type: 'court_order',
      data: {
        measureId: measure.id,
        measureType: measure.type,
        startsOn: measure.startsOn,
        endsOn,
        giOrganisationId: gi.id,
      },
    };
  }

  private async jeugdbeschermer(
    manager: EntityManager,
    caseId: string,
    dto: RecordMilestoneDto,
  ): Promise<ChainEventBody> {
    const measure = await this.openMeasure(manager, caseId, dto.measureId);
    const worker = dto.jeugdbeschermerId
      ? await manager.findOneBy(UserEntity, {
          id: dto.jeugdbeschermerId,
          organisationId: measure.giOrganisationId ?? '',
        })
      : null;
    if (!worker) throw field('jeugdbeschermerId', 'must be a worker of the GI that carries out the measure');
    await manager.update(MeasureEntity, measure.id, { jeugdbeschermerId: worker.id });
    return { type: 'jeugdbeschermer_assigned', data: { jeugdbeschermerId: worker.id } };
  }

  private requireWithinMaximum(type: MeasureEntity['type'], from: string, to: string, name: string) {
    const max = MEASURE_MAX_MONTHS[type];
    if (max !== null && to > addMonths(from, max))
      throw field(name, `a ${type} period lasts at most ${max} months`);
  }

  private async openMeasure(manager: EntityManager, caseId: string, measureId: string | undefined) {
    const measure = measureId
      ? await manager.findOne(MeasureEntity, {
          where: { id: measureId, caseId, endedOn: IsNull() },
          lock: { mode: 'pessimistic_write' },
        })
      : null;
    if (!measure) throw field('measureId', 'must be a running measure of this family');
    return measure;
  }

  /** The case's measures, as the viewer policy lets the caller read them (a family member: measuresForViewer). */
  async measures(user: AuthUser, caseId: string, now = new Date()): Promise<Measure[]> {
    const grant = await this.access.requireAccess(user, caseId, 'case.measures.read');
    return this.transactions.run(async ({ manager }) => {
      const rows = await manager.find(MeasureEntity, { where: { caseId }, order: { startsOn: 'ASC' } });
      const gis = rows.flatMap((m) => m.giOrganisationId ?? []);
      const workers = rows.flatMap((m) => m.jeugdbeschermerId ?? []);
      const organisations = gis.length ? await manager.findBy(OrganisationEntity, { id: In(gis) }) : [];
      const users = workers.length ? await manager.findBy(UserEntity, { id: In(workers) }) : [];
      const names = new Map([
        ...organisations.map((o) => [o.id, o.name] as const),
        ...users.map((u) => [u.id, u.displayName] as const),
      ]);
      const children = new Map(
        (await this.cases.members(manager, caseId)).map((m) => [
          m.id,
          { age: m.birthDate ? ageOn(m.birthDate, now) : null, sharesWithParents: m.sharesWithParents },
        ]),
      );
      return measuresForViewer(
        rows.map((m) => toMeasure(m, names)),
        viewerOf(grant.member, now),
        children,
        this.config.nonCustodialView,
      );
    });
  }

  /**
   * Running measures of the caller's cases that end within three months: ask for an afschaling tafel
   * — until one is requested for the case within those three months (a suggestion, never a request).
   */
  async endingSoon(user: AuthUser, now = new Date()): Promise<MeasureEndingSoon[]> {
    return this.transactions.run(async ({ manager }) => {
      const caseIds = await this.cases.coordinatedIds(manager, user.id);
      if (caseIds.length === 0) return [];
      const rows = await manager.find(MeasureEntity, {
        where: {
          caseId: In(caseIds),
          endedOn: IsNull(),
          endsOn: LessThanOrEqual(addMonths(dutchDate(now), ENDING_SOON_MONTHS)),
        },
        order: { endsOn: 'ASC' },
      });
      const requested = (await this.cases.timelines(manager, [...new Set(rows.map((r) => r.caseId))])).filter(
        (e) => e.type === 'tafel_requested' && e.data['momentType'] === 'afschaling',
      );
      const asked = (m: MeasureEntity) => {
        const windowOpens = addMonths(m.endsOn as string, -ENDING_SOON_MONTHS);
        return requested.some((e) => e.caseId === m.caseId && dutchDate(e.occurredAt) >= windowOpens);
      };
      const open = rows.filter((m) => !asked(m));
      const cases = await this.cases.find(
        manager,
        open.map((r) => r.caseId),
      );
      return open.map((m) => ({
        measureId: m.id,
        caseId: m.caseId,
        caseNumber: cases.get(m.caseId)?.caseNumber ?? '',
        type: m.type,
        endsOn: m.endsOn ?? '',
      }));
    });
  }
}
