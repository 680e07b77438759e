import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { API_ROUTES } from '@tafel/shared/contracts';
import { Public } from '../../common/auth/decorators';
import { HealthService } from './health.service';

@ApiTags('health')
@Controller()
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Public()
  @Get(API_ROUTES.health)
  check(): Promise<{ status: 'ok'; database: 'up' }> {
    return this.health.check();
  }
}
