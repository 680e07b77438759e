import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import {
  API_ROUTES,
  CaseDetail,
  ChainEvent,
  CoordinatorCandidate,
  FileViewing,
} from '@tafel/shared/contracts';
import { AuthUser } from '../../common/auth/auth-user';
import { Allow, CurrentUser } from '../../common/auth/decorators';
import { uuidPipe } from '../../common/http/uuid.pipe';
import { CasesService } from './cases.service';
import { CoordinatorService } from './coordinator.service';
import { CreateCaseDto, UpdateCaseDto } from './dto/case.dto';
import { HandoverDto, RegieChangeDto } from './dto/coordinator.dto';
import { AddMemberDto, AddProfessionalDto, ConsentDto } from './dto/member.dto';

@ApiTags('cases')
@ApiNotFoundResponse({ description: 'No such case, or not visible to the caller' })
/** A family's own endpoints; the list (`GET cases`, with its needs-action cue) is `dashboard/case-list.controller.ts`. */
@Controller()
export class CasesController {
  constructor(
    private readonly cases: CasesService,
    private readonly coordinators: CoordinatorService,
  ) {}

  @Allow('case:create')
  @Post(API_ROUTES.cases)
  create(@CurrentUser() user: AuthUser, @Body() body: CreateCaseDto): Promise<CaseDetail> {
    return this.cases.create(user, body);
  }

  @Allow('case:read')
  @Get(API_ROUTES.case)
  get(@CurrentUser() user: AuthUser, @Param('id', uuidPipe) id: string): Promise<CaseDetail> {
    return this.cases.get(user, id);
  }

  @Allow('case:update')
  @Patch(API_ROUTES.case)
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidPipe) id: string,
    @Body() body: UpdateCaseDto,
  ): Promise<CaseDetail> {
    return this.cases.update(user, id, body);
  }

  @Allow('case:add-member')
  @Post(API_ROUTES.caseMembers)
  addMember(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidPipe) id: string,
    @Body() body: AddMemberDto,
  ): Promise<CaseDetail> {
    return this.cases.addMember(user, id, body);
  }

  @Allow('case:consent')
  @Put(API_ROUTES.caseMemberConsent)
  consent(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidPipe) id: string,
    @Param('memberId', uuidPipe) memberId: string,
    @Body() body: ConsentDto,
  ): Promise<CaseDetail> {
    return this.cases.consent(user, id, memberId, body);
  }

  @Allow('case:add-member')
  @Post(API_ROUTES.caseProfessionals)
  addProfessional(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidPipe) id: string,
    @Body() body: AddProfessionalDto,
  ): Promise<CaseDetail> {
    return this.coordinators.addProfessional(user, id, body.userId);
  }

  /** Ends an added professional's membership of the case (the active coordinator): 204, nothing to return. */
  @Allow('case:add-member')
  @Delete(API_ROUTES.caseProfessional)
  @HttpCode(204)
  @ApiNotFoundResponse({
    description: 'No such case, not visible to the caller, or the person is not an added professional of it',
  })
  @ApiConflictResponse({ description: 'The active coordinator leaves the family by handing it over' })
  removeProfessional(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidPipe) id: string,
    @Param('userId', uuidPipe) userId: string,
  ): Promise<void> {
    return this.coordinators.removeProfessional(user, id, userId);
  }

  @Allow('case:handover')
  @Put(API_ROUTES.caseCoordinator)
  handover(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidPipe) id: string,
    @Body() body: HandoverDto,
  ): Promise<CaseDetail> {
    return this.coordinators.handover(user, id, body);
  }

  @Allow('case:handover')
  @Get(API_ROUTES.caseCoordinatorCandidates)
  candidates(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidPipe) id: string,
  ): Promise<CoordinatorCandidate[]> {
    return this.coordinators.candidates(user, id);
  }

  @Allow('case:regie')
  @Put(API_ROUTES.caseRegie)
  changeRegie(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidPipe) id: string,
    @Body() body: RegieChangeDto,
  ): Promise<CaseDetail> {
    return this.cases.changeRegie(user, id, body);
  }

  @Allow('accesslog:own')
  @Get(API_ROUTES.caseAccessLog)
  viewings(@CurrentUser() user: AuthUser, @Param('id', uuidPipe) id: string): Promise<FileViewing[]> {
    return this.cases.viewings(user, id);
  }

  @Allow('case:read')
  @Get(API_ROUTES.caseEvents)
  events(@CurrentUser() user: AuthUser, @Param('id', uuidPipe) id: string): Promise<ChainEvent[]> {
    return this.cases.timeline(user, id);
  }
}
