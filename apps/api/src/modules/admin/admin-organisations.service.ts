import { Injectable } from '@nestjs/common';
import { Organisation, OrganisationRequest } from '@tafel/shared/contracts';
import { AuthUser } from '../../common/auth/auth-user';
import { OrganisationsService } from '../organisations/organisations.service';
import { AdminUsersService } from './admin-users.service';

/** Administrator actions on organisations, each logged; the organisations module writes its table. */
@Injectable()
export class AdminOrganisationsService {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly users: AdminUsersService,
  ) {}

  async create(admin: AuthUser, input: OrganisationRequest): Promise<Organisation> {
    const organisation = await this.organisations.create(input);
    await this.users.log(admin, 'admin.organisation.create', 'C', null);
    return organisation;
  }

  async update(admin: AuthUser, id: string, input: OrganisationRequest): Promise<Organisation> {
    const organisation = await this.organisations.update(id, input);
    await this.users.log(admin, 'admin.organisation.update', 'U', null);
    return organisation;
  }
}
