import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { API_ROUTES, Sitting } from '@tafel/shared/contracts';
import { AuthUser } from '../../common/auth/auth-user';
import { Allow, CurrentUser } from '../../common/auth/decorators';
import { PeriodQuery, SittingDto, UnavailabilityDto } from './dto/schedule.dto';
import { SchedulingService } from './scheduling.service';
import { SittingsService } from './sittings.service';

const WEEK_MS = 7 * 86_400_000;

@ApiTags('sittings')
@Controller()
export class SittingsController {
  constructor(
    private readonly sittings: SittingsService,
    private readonly scheduling: SchedulingService,
  ) {}

  @Allow('sitting:manage')
  @Post(API_ROUTES.sittings)
  create(@CurrentUser() user: AuthUser, @Body() body: SittingDto): Promise<Sitting> {
    return this.sittings.create(user, body);
  }

  @Allow('sitting:read')
  @Get(API_ROUTES.sittings)
  list(@Query() query: PeriodQuery): Promise<Sitting[]> {
    const from = query.from ?? new Date();
    return this.sittings.list(from, query.to ?? new Date(from.getTime() + WEEK_MS));
  }

  @Allow('availability:manage')
  @Post(API_ROUTES.unavailability)
  @HttpCode(204)
  unavailable(@CurrentUser() user: AuthUser, @Body() body: UnavailabilityDto): Promise<void> {
    return this.scheduling.declareUnavailable(user, body);
  }
}
