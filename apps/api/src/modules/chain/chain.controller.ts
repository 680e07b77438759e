import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import { API_ROUTES, Handover, Measure, MeasureEndingSoon, NormDueItem } from '@tafel/shared/contracts';
import { AuthUser } from '../../common/auth/auth-user';
import { Allow, CurrentUser } from '../../common/auth/decorators';
import { uuidPipe } from '../../common/http/uuid.pipe';
import { AcceptHandoverDto, ReturnHandoverDto, SendHandoverDto } from './handover.dto';
import { HandoversService } from './handovers.service';
import { RecordMilestoneDto } from './milestone.dto';
import { MilestonesService } from './milestones.service';
import { NormsService } from './norms.service';

@ApiTags('chain')
@ApiNotFoundResponse({ description: 'No such case, or not visible to the caller' })
@Controller()
export class ChainController {
  constructor(
    private readonly milestones: MilestonesService,
    private readonly handovers: HandoversService,
    private readonly norms: NormsService,
  ) {}

  @Allow('chain:record')
  @Get(API_ROUTES.normsDue)
  normsDue(@CurrentUser() user: AuthUser): Promise<NormDueItem[]> {
    return this.norms.due(user);
  }

  @Allow('chain:record')
  @Post(API_ROUTES.caseMilestones)
  @HttpCode(204)
  record(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidPipe) id: string,
    @Body() body: RecordMilestoneDto,
  ): Promise<void> {
    return this.milestones.record(user, id, body);
  }

  @Allow('case:read')
  @Get(API_ROUTES.caseMeasures)
  measures(@CurrentUser() user: AuthUser, @Param('id', uuidPipe) id: string): Promise<Measure[]> {
    return this.milestones.measures(user, id);
  }

  @Allow('chain:record')
  @Get(API_ROUTES.measuresEndingSoon)
  endingSoon(@CurrentUser() user: AuthUser): Promise<MeasureEndingSoon[]> {
    return this.milestones.endingSoon(user);
  }

  @Allow('chain:record')
  @Post(API_ROUTES.caseHandovers)
  send(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidPipe) id: string,
    @Body() body: SendHandoverDto,
  ): Promise<Handover> {
    return this.handovers.send(user, id, body);
  }

  @Allow('chain:record')
  @Get(API_ROUTES.handoversIncoming)
  incoming(@CurrentUser() user: AuthUser): Promise<Handover[]> {
    return this.handovers.incoming(user);
  }

  @Allow('chain:record')
  @Post(API_ROUTES.handoverAccept)
  @HttpCode(200)
  accept(
    @CurrentUser() user: AuthUser,
    @Param('handoverId', uuidPipe) id: string,
    @Body() body: AcceptHandoverDto,
  ): Promise<Handover> {
    return this.handovers.accept(user, id, body);
  }

  @Allow('chain:record')
  @Post(API_ROUTES.handoverReturn)
  @HttpCode(200)
  returnIt(
    @CurrentUser() user: AuthUser,
    @Param('handoverId', uuidPipe) id: string,
    @Body() body: ReturnHandoverDto,
  ): Promise<Handover> {
    return this.handovers.return(user, id, body);
  }
}
