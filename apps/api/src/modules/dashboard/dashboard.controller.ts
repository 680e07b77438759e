import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { API_ROUTES, Dashboard } from '@tafel/shared/contracts';
import { AuthUser } from '../../common/auth/auth-user';
import { Allow, CurrentUser } from '../../common/auth/decorators';
import { DashboardService } from './dashboard.service';

@ApiTags('dashboard')
@Controller()
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  /** "Mijn gezinnen": the coordinator's (or the regie-holding jeugdbeschermer's) alerts per family. */
  @Allow('dashboard:read')
  @Get(API_ROUTES.dashboard)
  read(@CurrentUser() user: AuthUser): Promise<Dashboard> {
    return this.dashboard.read(user);
  }
}
