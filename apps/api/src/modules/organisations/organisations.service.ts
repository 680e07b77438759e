import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Organisation } from '@tafel/shared/contracts';
import { OrganisationEntity } from './organisation.entity';

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectRepository(OrganisationEntity) private readonly organisations: Repository<OrganisationEntity>,
  ) {}

  async list(): Promise<Organisation[]> {
    const rows = await this.organisations.find({ order: { type: 'ASC', name: 'ASC' } });
    return rows.map(({ id, name, type, gemeente, parentId }) => ({ id, name, type, gemeente, parentId }));
  }
}
