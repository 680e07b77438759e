import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Organisation, OrganisationRequest } from '@tafel/shared/contracts';
import { notFound } from '../../common/problem/domain-error';
import { OrganisationEntity } from './organisation.entity';

const toContract = ({ id, name, type, gemeente, parentId }: OrganisationEntity): Organisation => ({
  id,
  name,
  type,
  gemeente,
  parentId,
});

const columns = (input: OrganisationRequest) => ({
  name: input.name.trim(),
  type: input.type,
  gemeente: input.gemeente ?? null,
});

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectRepository(OrganisationEntity) private readonly organisations: Repository<OrganisationEntity>,
  ) {}

  async list(): Promise<Organisation[]> {
    const rows = await this.organisations.find({ order: { type: 'ASC', name: 'ASC' } });
    return rows.map(toContract);
  }

  /** An organisation by id; 404 when there is none. */
  async get(id: string): Promise<Organisation> {
    const row = await this.organisations.findOneBy({ id });
    if (!row) throw notFound('Organisation');
    return toContract(row);
  }

  /** A new organisation (a name that exists already: 409). */
  async create(input: OrganisationRequest): Promise<Organisation> {
    const row = await this.organisations.save(this.organisations.create(columns(input)));
    return toContract(row);
  }

  /** Renames or retypes an organisation; its people and cases stay attached to it. */
  async update(id: string, input: OrganisationRequest): Promise<Organisation> {
    await this.get(id);
    await this.organisations.update(id, columns(input));
    return this.get(id);
  }
}
