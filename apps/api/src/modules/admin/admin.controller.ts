import { Body, Controller, Get, HttpCode, Inject, Param, Patch, Post, Query, Res } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Response } from 'express';
import {
  ADMIN_USER_LIST_LIMIT,
  API_ROUTES,
  AdminUser,
  AppSetting,
  DestroyCasesResult,
  Organisation,
  RetentionCase,
  UserResponsibilities,
} from '@tafel/shared/contracts';
import { AuthUser } from '../../common/auth/auth-user';
import { Allow, CurrentUser } from '../../common/auth/decorators';
import { uuidPipe } from '../../common/http/uuid.pipe';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { HandoverDto } from '../cases/dto/coordinator.dto';
import { RetentionService } from '../cases/retention/retention.service';
import { AdminOrganisationsService } from './admin-organisations.service';
import { appSettings } from './admin-settings';
import { AdminUsersService } from './admin-users.service';
import { AdminUserQueryDto, CreateUserDto, OrganisationDto, UpdateUserDto } from './dto/admin.dto';
import { DestroyCasesDto } from './dto/retention.dto';

/**
 * The functional administrator: accounts, organisations, the settings — and the cases past their
 * retention term, by number and gemeente only, to destroy them.
 */
@ApiTags('admin')
@Controller()
export class AdminController {
  constructor(
    private readonly users: AdminUsersService,
    private readonly organisations: AdminOrganisationsService,
    private readonly retention: RetentionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Allow('user:manage')
  @Get(API_ROUTES.adminUsers)
  @ApiOperation({
    summary: `The first ${ADMIN_USER_LIST_LIMIT} matching accounts; X-Total-Count says how many match in all`,
  })
  @ApiOkResponse({
    headers: { 'X-Total-Count': { description: 'How many accounts match', schema: { type: 'integer' } } },
  })
  async listUsers(
    @CurrentUser() admin: AuthUser,
    @Query() query: AdminUserQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AdminUser[]> {
    const { users, total } = await this.users.list(admin, query);
    res.setHeader('X-Total-Count', String(total));
    return users;
  }

  @Allow('user:manage')
  @Post(API_ROUTES.adminUsers)
  createUser(@CurrentUser() admin: AuthUser, @Body() body: CreateUserDto): Promise<AdminUser> {
    return this.users.create(admin, body);
  }

  @Allow('user:manage')
  @ApiNotFoundResponse({ description: 'No such user' })
  @Post(API_ROUTES.adminUserDeactivate)
  @HttpCode(200)
  deactivate(@CurrentUser() admin: AuthUser, @Param('id', uuidPipe) id: string): Promise<AdminUser> {
    return this.users.deactivate(admin, id);
  }

  @Allow('user:manage')
  @ApiNotFoundResponse({ description: 'No such user' })
  @Post(API_ROUTES.adminUserReactivate)
  @HttpCode(200)
  reactivate(@CurrentUser() admin: AuthUser, @Param('id', uuidPipe) id: string): Promise<AdminUser> {
    return this.users.reactivate(admin, id);
  }

  @Allow('user:manage')
  @ApiNotFoundResponse({ description: 'No such user or organisation' })
  @ApiConflictResponse({ description: 'E-mail address in use, or a new role for a member of cases' })
  @Patch(API_ROUTES.adminUser)
  updateUser(
    @CurrentUser() admin: AuthUser,
    @Param('id', uuidPipe) id: string,
    @Body() body: UpdateUserDto,
  ): Promise<AdminUser> {
    return this.users.update(admin, id, body);
  }

  @Allow('user:manage')
  @ApiNotFoundResponse({ description: 'No such user' })
  @Get(API_ROUTES.adminUserResponsibilities)
  responsibilities(@Param('id', uuidPipe) id: string): Promise<UserResponsibilities> {
    return this.users.responsibilities(id);
  }

  @Allow('user:manage')
  @ApiNotFoundResponse({ description: 'No such user' })
  @ApiConflictResponse({ description: 'The person is still active' })
  @Post(API_ROUTES.adminUserHandover)
  @HttpCode(200)
  handOver(
    @CurrentUser() admin: AuthUser,
    @Param('id', uuidPipe) id: string,
    @Body() body: HandoverDto,
  ): Promise<UserResponsibilities> {
    return this.users.handOver(admin, id, body);
  }

  @Allow('user:manage')
  @ApiNotFoundResponse({ description: 'No such user' })
  @Post(API_ROUTES.adminUserSecondFactorReset)
  @HttpCode(200)
  resetSecondFactor(@CurrentUser() admin: AuthUser, @Param('id', uuidPipe) id: string): Promise<AdminUser> {
    return this.users.resetSecondFactor(admin, id);
  }

  @Allow('organisation:manage')
  @Post(API_ROUTES.adminOrganisations)
  createOrganisation(@CurrentUser() admin: AuthUser, @Body() body: OrganisationDto): Promise<Organisation> {
    return this.organisations.create(admin, body);
  }

  @Allow('organisation:manage')
  @ApiNotFoundResponse({ description: 'No such organisation' })
  @Patch(API_ROUTES.adminOrganisation)
  updateOrganisation(
    @CurrentUser() admin: AuthUser,
    @Param('id', uuidPipe) id: string,
    @Body() body: OrganisationDto,
  ): Promise<Organisation> {
    return this.organisations.update(admin, id, body);
  }

  @Allow('settings:read')
  @Get(API_ROUTES.adminSettings)
  settings(): AppSetting[] {
    return appSettings(this.config);
  }

  @Allow('retention:manage')
  @Get(API_ROUTES.adminRetention)
  pastTerm(@CurrentUser() admin: AuthUser): Promise<RetentionCase[]> {
    return this.retention.listPastTerm(admin);
  }

  @Allow('retention:manage')
  @ApiNotFoundResponse({ description: 'No such case' })
  @ApiConflictResponse({ description: 'A case is not past its retention term' })
  @Post(API_ROUTES.adminRetentionDestroy)
  @HttpCode(200)
  destroy(@CurrentUser() admin: AuthUser, @Body() body: DestroyCasesDto): Promise<DestroyCasesResult> {
    return this.retention.destroy(admin, body);
  }
}
