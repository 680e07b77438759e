import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { API_ROUTES, Organisation } from '@tafel/shared/contracts';
import { Allow } from '../../common/auth/decorators';
import { OrganisationsService } from './organisations.service';

@ApiTags('organisations')
@Controller()
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Allow('organisation:read')
  @Get(API_ROUTES.organisations)
  list(): Promise<Organisation[]> {
    return this.organisations.list();
  }
}
