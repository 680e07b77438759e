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

  /**
   * "Mijn gezinnen": the alerts per family of whoever holds regie, and the norms a professional's
   * organisation (Veilig Thuis, the RvdK, a GI) must keep on the families they work on.
   */
  @Allow('dashboard:read')
  @Get(API_ROUTES.dashboard)
  read(@CurrentUser() user: AuthUser): Promise<Dashboard> {
    return this.dashboard.read(user);
  }
}
