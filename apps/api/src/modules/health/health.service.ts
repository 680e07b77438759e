import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError } from '../../common/problem/domain-error';

/** Whether the API can reach its database; the controller only binds the route. */
@Injectable()
export class HealthService {
  constructor(private readonly dataSource: DataSource) {}

  async check(): Promise<{ status: 'ok'; database: 'up' }> {
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      throw new DomainError('service_unavailable', 'The database is not reachable');
    }
    return { status: 'ok', database: 'up' };
  }
}
