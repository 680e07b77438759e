import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, LessThan, MoreThan, QueryFailedError } from 'typeorm';
import { ScheduleResult, SlotProposal } from '@tafel/shared/contracts';
import { AuthUser } from '../../common/auth/auth-user';
import { Transactions } from '../../common/events/unit-of-work';
import { invalid } from '../../common/problem/domain-error';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { CasesApi } from '../cases/cases.api';
import { NormsService } from '../chain/norms.service';
import { JobsService } from '../jobs/jobs.service';
import { ReasonDto, ScheduleDto, UnavailabilityDto } from './dto/schedule.dto';
import { BookingEntity } from './entities/booking.entity';
import { SittingEntity } from './entities/sitting.entity';
import { TafelParticipantEntity } from './entities/tafel-participant.entity';
import { TafelEntity } from './entities/tafel.entity';
import { isBookable, missingRoles } from './required-roles';
import { slotStarts } from './sittings.service';
import { TAFEL_JOBS, tafelJobGroup } from './tafel-mails.service';
import { isNormBroken } from './tafel.mapper';
import { TafelQueriesService } from './tafel-queries.service';
import { TAFEL_STATUS_ALLOWS, requireTafelMove } from './tafel-status';
import { doubleBooked, participantsIncomplete, sittingNotFound, slotUnavailable } from './tafels.errors';

const DAY_MS = 86_400_000;
const PROPOSAL_WINDOW_DAYS = 42;

const overlaps = (a: { startsAt: Date; endsAt: Date }, start: Date, end: Date) =>
  a.startsAt < end && a.endsAt > start;

/** Who must be free for a tafel: every invited participant with an account. */
async function bookedPeople(manager: EntityManager, tafelId: string): Promise<TafelParticipantEntity[]> {
  const participants = await manager.findBy(TafelParticipantEntity, { tafelId });
  return participants.filter(isBookable);
}

@Injectable()
export class SchedulingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queries: TafelQueriesService,
    private readonly cases: CasesApi,
    private readonly transactions: Transactions,
    private readonly jobs: JobsService,
    private readonly norms: NormsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Slots in which the sitting's chair and secretary and every participant are free. */
  async proposals(user: AuthUser, tafelId: string, from?: Date, to?: Date): Promise<SlotProposal[]> {
    const manager = this.dataSource.manager;
    const tafel = await this.queries.requireTafel(manager, user, tafelId, 'tafel.slots.read');
    const now = new Date();
    const start = from && from > now ? from : now;
    const end = to ?? new Date(start.getTime() + PROPOSAL_WINDOW_DAYS * DAY_MS);
    const sittings = await manager.find(SittingEntity, {
      where: { startsAt: MoreThan(start), endsAt: LessThan(end) },
      order: { startsAt: 'ASC' },
    });
    if (sittings.length === 0) return [];
    const people = (await bookedPeople(manager, tafelId)).map((p) => p.userId as string);
    const everyone = [...new Set([...people, ...sittings.flatMap((s) => [s.chairId, s.secretaryId])])];
    const bookings = everyone.length
      ? await manager.find(BookingEntity, {
          where: { userId: In(everyone), startsAt: LessThan(end), endsAt: MoreThan(start) },
        })
      : [];
    const taken = await manager.find(TafelEntity, {
      where: { sittingId: In(sittings.map((s) => s.id)), status: In([...TAFEL_STATUS_ALLOWS.holdsSlot]) },
    });
    const proposals: SlotProposal[] = [];
    for (const sitting of sittings) {
      const needed = new Set([...people, sitting.chairId, sitting.secretaryId]);
      for (const slot of slotStarts(sitting)) {
        const slotEnd = new Date(slot.getTime() + sitting.slotMinutes * 60_000);
        const occupied = taken.some(
          (t) => t.id !== tafelId && t.sittingId === sitting.id && t.startsAt?.getTime() === slot.getTime(),
        );
        const busy = bookings.some(
          (b) => b.tafelId !== tafelId && needed.has(b.userId) && overlaps(b, slot, slotEnd),
        );
        if (occupied || busy) continue;
        proposals.push({
          sittingId: sitting.id,
          startsAt: slot.toISOString(),
          endsAt: slotEnd.toISOString(),
          location: sitting.location,
          normBroken: isNormBroken(tafel.requestedAt, slot, this.norms.norms.requestToTafelWorkingDays),
        });
      }
    }
    return proposals;
  }

  /** Books the slot for everyone at once; the database refuses any double booking, also under races. */
  async schedule(user: AuthUser, tafelId: string, dto: ScheduleDto): Promise<ScheduleResult> {
    const result = await this.transactions
      .run(async (uow) => {
        const { manager } = uow;
        const tafel = await this.queries.requireTafel(manager, user, tafelId, 'tafel.schedule', true);
        requireTafelMove(tafel.status, 'scheduled', `A ${tafel.status} tafel cannot be scheduled`);
        const moving = tafel.status === 'scheduled';
        if (moving && !dto.reason)
          throw invalid([{ name: 'reason', reason: 'moving a scheduled tafel needs a reason' }]);
        const sitting = await manager.findOneBy(SittingEntity, { id: dto.sittingId });
        if (!sitting) throw sittingNotFound();
        const startsAt = new Date(dto.startsAt);
        if (startsAt <= new Date()) throw invalid([{ name: 'startsAt', reason: 'must be in the future' }]);
        if (!slotStarts(sitting).some((s) => s.getTime() === startsAt.getTime())) {
          throw invalid([{ name: 'startsAt', reason: 'is not the start of a slot of this sitting' }]);
        }
        const endsAt = new Date(startsAt.getTime() + sitting.slotMinutes * 60_000);
        await this.seatChairAndSecretary(manager, tafelId, sitting);
        const participants = await bookedPeople(manager, tafelId);
        const missing = missingRoles(this.config.requiredRoles[tafel.momentType], participants);
        if (missing.length) throw participantsIncomplete(missing);
        await manager.delete(BookingEntity, { tafelId });
        const userIds = [...new Set(participants.map((p) => p.userId as string))];
        await manager.insert(
          BookingEntity,
          userIds.map((userId) => ({ userId, tafelId, startsAt, endsAt })),
        );
        const sequence = moving ? tafel.sequence + 1 : tafel.sequence;
        await manager.update(TafelEntity, tafelId, {
          status: 'scheduled',
          sittingId: sitting.id,
          startsAt,
          endsAt,
          sequence,
        });
        const at = startsAt.toISOString();
        await this.cases.record(
          uow,
          tafel.caseId,
          moving
            ? { type: 'tafel_rescheduled', data: { tafelId, startsAt: at, reason: dto.reason ?? null } }
            : { type: 'tafel_scheduled', data: { tafelId, startsAt: at } },
          user.id,
        );
        uow.publish('tafel.changed', {
          tafelId,
          caseId: tafel.caseId,
          change: moving ? 'rescheduled' : 'scheduled',
          status: 'scheduled',
        });
        await this.queueInvitations(manager, tafelId, sequence, startsAt);
        const norm = this.norms.norms.requestToTafelWorkingDays;
        const warnings = isNormBroken(tafel.requestedAt, startsAt, norm)
          ? [`regionale norm: meer dan ${norm} werkdagen tussen verzoek en tafel`]
          : [];
        return { tafel: await this.queries.detail(manager, tafelId), warnings };
      })
      .catch((error: unknown) => {
        throw this.bookingConflict(error) ?? error;
      });
    return result;
  }

  async cancel(user: AuthUser, tafelId: string, dto: ReasonDto) {
    return this.transactions.run(async (uow) => {
      const { manager } = uow;
      const tafel = await this.queries.requireTafel(manager, user, tafelId, 'tafel.cancel', true);
      requireTafelMove(tafel.status, 'cancelled', `A ${tafel.status} tafel cannot be cancelled`);
      const wasScheduled = tafel.status === 'scheduled';
      const sequence = wasScheduled ? tafel.sequence + 1 : tafel.sequence;
      await manager.update(TafelEntity, tafelId, { status: 'cancelled', cancelReason: dto.reason, sequence });
      await manager.delete(BookingEntity, { tafelId });
      await this.jobs.cancelGroup(manager, tafelJobGroup(tafelId));
      if (wasScheduled)
        await this.jobs.enqueue(
          manager,
          TAFEL_JOBS.cancel,
          { tafelId, sequence },
          new Date(),
          tafelJobGroup(tafelId),
        );
      const cancelled = { type: 'tafel_cancelled', data: { tafelId, reason: dto.reason } } as const;
      await this.cases.record(uow, tafel.caseId, cancelled, user.id);
      uow.publish('tafel.changed', {
        tafelId,
        caseId: tafel.caseId,
        change: 'cancelled',
        status: 'cancelled',
      });
      return this.queries.detail(manager, tafelId);
    });
  }

  async declareUnavailable(user: AuthUser, dto: UnavailabilityDto): Promise<void> {
    const startsAt = new Date(dto.startsAt);
    const endsAt = new Date(dto.endsAt);
    if (endsAt <= startsAt) throw invalid([{ name: 'endsAt', reason: 'must be after startsAt' }]);
    await this.dataSource.manager
      .insert(BookingEntity, { userId: user.id, tafelId: null, startsAt, endsAt, reason: dto.reason ?? null })
      .catch((error: unknown) => {
        throw this.bookingConflict(error) ?? error;
      });
  }

  /** The chair and secretary of the sitting take their seats (replacing those of an earlier sitting). */
  private async seatChairAndSecretary(
    manager: EntityManager,
    tafelId: string,
    sitting: SittingEntity,
  ): Promise<void> {
    await manager.delete(TafelParticipantEntity, { tafelId, role: In(['chair', 'secretary']) });
    await manager.insert(TafelParticipantEntity, [
      { tafelId, role: 'chair', userId: sitting.chairId },
      { tafelId, role: 'secretary', userId: sitting.secretaryId },
    ]);
  }

  private async queueInvitations(manager: EntityManager, tafelId: string, sequence: number, startsAt: Date) {
    const group = tafelJobGroup(tafelId);
    await this.jobs.cancelGroup(manager, group);
    await this.jobs.enqueue(manager, TAFEL_JOBS.invite, { tafelId, sequence }, new Date(), group);
    const remindAt = new Date(startsAt.getTime() - DAY_MS);
    if (remindAt > new Date())
      await this.jobs.enqueue(manager, TAFEL_JOBS.reminder, { tafelId, sequence }, remindAt, group);
  }

  private bookingConflict(error: unknown) {
    if (!(error instanceof QueryFailedError)) return null;
    const code = (error.driverError as { code?: string }).code;
    const constraint = (error.driverError as { constraint?: string }).constraint;
    if (code === '23P01') return doubleBooked();
    if (code === '23505' && constraint === 'uq_tafel_slot')
      return slotUnavailable('This slot has just been taken');
    if (code === '23505' && constraint?.startsWith('uq_tafel_participant')) return doubleBooked();
    return null;
  }
}
