import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Duiding } from '@tafel/shared/contracts';
import { MonitorDuidingEntity } from './entities/monitor-duiding.entity';

/** The regional auditor's reading of a period. Who wrote it is not returned (no person in the monitor). */
@Injectable()
export class DuidingService {
  constructor(
    @InjectRepository(MonitorDuidingEntity) private readonly duidingen: Repository<MonitorDuidingEntity>,
  ) {}

  async read(period: string): Promise<Duiding> {
    const found = await this.duidingen.findOneBy({ period });
    return { period, text: found?.text ?? '', updatedAt: found?.updatedAt.toISOString() ?? null };
  }

  async write(period: string, text: string, userId: string): Promise<Duiding> {
    const updatedAt = new Date();
    await this.duidingen.upsert({ period, text: text.trim(), updatedBy: userId, updatedAt }, ['period']);
    return { period, text: text.trim(), updatedAt: updatedAt.toISOString() };
  }
}
