import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import { API_ROUTES, ScheduleResult, SlotProposal, TafelDetail, TafelSummary } from '@tafel/shared/contracts';
import { AuthUser } from '../../common/auth/auth-user';
import { Allow, CurrentUser } from '../../common/auth/decorators';
import { uuidPipe } from '../../common/http/uuid.pipe';
import { AgreementStatusDto, AttendanceListDto, DecisionDto } from './dto/outcome.dto';
import { ListTafelsQuery, NotInvitedDto, ParticipantDto, TafelRequestDto } from './dto/request.dto';
import { PeriodQuery, ReasonDto, RsvpDto, ScheduleDto } from './dto/schedule.dto';
import { OutcomeService } from './outcome.service';
import { SchedulingService } from './scheduling.service';
import { TafelLifecycleService } from './tafel-lifecycle.service';
import { TafelQueriesService } from './tafel-queries.service';
import { TafelRequestsService } from './tafel-requests.service';

@ApiTags('tafels')
@ApiNotFoundResponse({ description: 'No such tafel, or not visible to the caller' })
@Controller()
export class TafelsController {
  constructor(
    private readonly queries: TafelQueriesService,
    private readonly requests: TafelRequestsService,
    private readonly scheduling: SchedulingService,
    private readonly outcome: OutcomeService,
    private readonly lifecycle: TafelLifecycleService,
  ) {}

  @Allow('tafel:request')
  @Post(API_ROUTES.tafels)
  request(@CurrentUser() user: AuthUser, @Body() body: TafelRequestDto): Promise<TafelDetail> {
    return this.requests.request(user, body);
  }

  @Allow('tafel:read')
  @Get(API_ROUTES.tafels)
  list(@CurrentUser() user: AuthUser, @Query() query: ListTafelsQuery): Promise<TafelSummary[]> {
    return this.queries.list(user, query.caseId);
  }

  @Allow('tafel:read')
  @Get(API_ROUTES.tafel)
  get(@CurrentUser() user: AuthUser, @Param('id', uuidPipe) id: string): Promise<TafelDetail> {
    return this.queries.read(user, id);
  }

  @Allow('tafel:participants')
  @Post(API_ROUTES.tafelParticipants)
  addParticipant(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidPipe) id: string,
    @Body() body: ParticipantDto,
  ): Promise<TafelDetail> {
    return this.requests.addParticipant(user, id, body);
  }

  @Allow('tafel:participants')
  @Put(API_ROUTES.tafelParticipantNotInvited)
  notInvited(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidPipe) id: string,
    @Param('participantId', uuidPipe) participantId: string,
    @Body() body: NotInvitedDto,
  ): Promise<TafelDetail> {
    return this.requests.excludeParent(user, id, participantId, body);
  }

  @Allow('tafel:schedule')
  @Get(API_ROUTES.tafelSlotProposals)
  proposals(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidPipe) id: string,
    @Query() query: PeriodQuery,
  ): Promise<SlotProposal[]> {
    return this.scheduling.proposals(user, id, query.from, query.to);
  }

  @Allow('tafel:schedule')
  @Put(API_ROUTES.tafelSchedule)
  schedule(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidPipe) id: string,
    @Body() body: ScheduleDto,
  ): Promise<ScheduleResult> {
    return this.scheduling.schedule(user, id, body);
  }

  @Allow('tafel:schedule')
  @Post(API_ROUTES.tafelCancel)
  @HttpCode(200)
  cancel(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidPipe) id: string,
    @Body() body: ReasonDto,
  ): Promise<TafelDetail> {
    return this.scheduling.cancel(user, id, body);
  }

  @Allow('tafel:rsvp')
  @Put(API_ROUTES.tafelRsvp)
  rsvp(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidPipe) id: string,
    @Body() body: RsvpDto,
  ): Promise<TafelDetail> {
    return this.outcome.rsvp(user, id, body);
  }

  @Allow('tafel:record')
  @Put(API_ROUTES.tafelAttendance)
  attendance(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidPipe) id: string,
    @Body() body: AttendanceListDto,
  ): Promise<TafelDetail> {
    return this.outcome.recordAttendance(user, id, body);
  }

  @Allow('tafel:decide')
  @Post(API_ROUTES.tafelOpen)
  @HttpCode(200)
  open(@CurrentUser() user: AuthUser, @Param('id', uuidPipe) id: string): Promise<TafelDetail> {
    return this.lifecycle.open(user, id);
  }

  @Allow('tafel:decide')
  @Post(API_ROUTES.tafelDecision)
  @HttpCode(200)
  decide(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidPipe) id: string,
    @Body() body: DecisionDto,
  ): Promise<TafelDetail> {
    return this.outcome.decide(user, id, body);
  }

  @Allow('agreement:update')
  @Patch(API_ROUTES.agreement)
  agreement(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidPipe) id: string,
    @Body() body: AgreementStatusDto,
  ): Promise<TafelDetail> {
    return this.outcome.setAgreementStatus(user, id, body.status);
  }
}
