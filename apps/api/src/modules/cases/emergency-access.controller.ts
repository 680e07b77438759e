import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import { API_ROUTES, EmergencyAccess } from '@tafel/shared/contracts';
import { AuthUser } from '../../common/auth/auth-user';
import { Allow, CurrentUser } from '../../common/auth/decorators';
import { uuidPipe } from '../../common/http/uuid.pipe';
import { EmergencyAccessDto, EmergencyListQuery, EmergencyReviewDto } from './dto/emergency.dto';
import { EmergencyAccessService } from './emergency-access.service';

@ApiTags('emergency-access')
@Controller()
export class EmergencyAccessController {
  constructor(private readonly emergency: EmergencyAccessService) {}

  /** Break the glass: time-limited access to a case without membership, logged as an emergency. */
  @Allow('case:emergency')
  @Post(API_ROUTES.caseEmergencyAccess)
  @ApiNotFoundResponse({ description: 'No such case' })
  @ApiConflictResponse({
    description: 'The caller already has access to the case; no emergency access needed',
  })
  request(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidPipe) id: string,
    @Body() body: EmergencyAccessDto,
  ): Promise<EmergencyAccess> {
    return this.emergency.request(user, id, body.reason);
  }

  @Allow('emergency:review')
  @Get(API_ROUTES.emergencyAccesses)
  list(@Query() query: EmergencyListQuery): Promise<EmergencyAccess[]> {
    return this.emergency.list(undefined, (query.status ?? 'open') === 'open');
  }

  @Allow('emergency:review')
  @Put(API_ROUTES.emergencyAccessReview)
  @ApiNotFoundResponse({ description: 'No such emergency access, or it was reviewed already' })
  review(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidPipe) id: string,
    @Body() body: EmergencyReviewDto,
  ): Promise<EmergencyAccess> {
    return this.emergency.review(user, id, body.note);
  }
}
