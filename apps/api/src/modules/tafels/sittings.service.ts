import { Injectable } from '@nestjs/common';
import { DataSource, In, LessThan, MoreThan } from 'typeorm';
import { Sitting } from '@tafel/shared/contracts';
import { AuthUser } from '../../common/auth/auth-user';
import { invalid } from '../../common/problem/domain-error';
import { UserEntity } from '../users/user.entity';
import { SittingDto } from './dto/schedule.dto';
import { SittingEntity } from './entities/sitting.entity';
import { TafelEntity } from './entities/tafel.entity';
import { TAFEL_STATUS_ALLOWS, tafelAllows } from './tafel-status';

/** The slots of a sitting: consecutive blocks of slotMinutes from its start. */
export function slotStarts(sitting: Pick<SittingEntity, 'startsAt' | 'endsAt' | 'slotMinutes'>): Date[] {
  const slotMs = sitting.slotMinutes * 60_000;
  const starts: Date[] = [];
  for (let t = sitting.startsAt.getTime(); t + slotMs <= sitting.endsAt.getTime(); t += slotMs)
    starts.push(new Date(t));
  return starts;
}

/** Chairs hold sittings: day parts with slots of 45–90 minutes. */
@Injectable()
export class SittingsService {
  constructor(private readonly dataSource: DataSource) {}

  async create(user: AuthUser, dto: SittingDto): Promise<Sitting> {
    const startsAt = new Date(dto.startsAt);
    const endsAt = new Date(dto.endsAt);
    const problems = [];
    if (user.role === 'chair' && dto.chairId !== user.id)
      problems.push({ name: 'chairId', reason: 'a chair plans their own sittings' });
    if (startsAt <= new Date()) problems.push({ name: 'startsAt', reason: 'must be in the future' });
    if (endsAt.getTime() - startsAt.getTime() < dto.slotMinutes * 60_000) {
      problems.push({ name: 'endsAt', reason: 'leaves no room for one slot' });
    }
    if (endsAt.getTime() - startsAt.getTime() > 12 * 3_600_000)
      problems.push({ name: 'endsAt', reason: 'a sitting is one day part' });
    const people = await this.dataSource.manager.findBy(UserEntity, {
      id: In([dto.chairId, dto.secretaryId]),
      active: true,
    });
    if (people.find((p) => p.id === dto.chairId)?.role !== 'chair')
      problems.push({ name: 'chairId', reason: 'must be a chair' });
    if (people.find((p) => p.id === dto.secretaryId)?.role !== 'secretary') {
      problems.push({ name: 'secretaryId', reason: 'must be a secretary' });
    }
    if (problems.length) throw invalid(problems);
    const saved = await this.dataSource.manager.save(
      this.dataSource.manager.create(SittingEntity, { ...dto, startsAt, endsAt }),
    );
    return (await this.list(saved.startsAt, new Date(saved.startsAt.getTime() + 1), saved.id))[0];
  }

  async list(from: Date, to: Date, id?: string): Promise<Sitting[]> {
    const manager = this.dataSource.manager;
    const sittings = await manager.find(SittingEntity, {
      where: id ? { id } : { startsAt: LessThan(to), endsAt: MoreThan(from) },
      relations: { chair: true, secretary: true },
      order: { startsAt: 'ASC' },
    });
    if (sittings.length === 0) return [];
    // A held tafel keeps its place; should its slot have been booked again after it, the booking comes first.
    const tafels = (
      await manager.find(TafelEntity, {
        where: { sittingId: In(sittings.map((s) => s.id)), status: In([...TAFEL_STATUS_ALLOWS.onAgenda]) },
      })
    ).sort((a, b) => Number(tafelAllows(b.status, 'holdsSlot')) - Number(tafelAllows(a.status, 'holdsSlot')));
    return sittings.map((s) => ({
      id: s.id,
      chair: s.chair.displayName,
      chairId: s.chairId,
      secretary: s.secretary.displayName,
      secretaryId: s.secretaryId,
      startsAt: s.startsAt.toISOString(),
      endsAt: s.endsAt.toISOString(),
      slotMinutes: s.slotMinutes,
      location: s.location,
      slots: slotStarts(s).map((start) => ({
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + s.slotMinutes * 60_000).toISOString(),
        tafelId:
          tafels.find((t) => t.sittingId === s.id && t.startsAt?.getTime() === start.getTime())?.id ?? null,
      })),
    }));
  }
}
