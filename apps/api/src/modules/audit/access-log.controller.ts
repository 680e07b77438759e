import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsUUID } from 'class-validator';
import { AccessLogQuery, AccessLogRow, API_ROUTES } from '@tafel/shared/contracts';
import { AuthUser } from '../../common/auth/auth-user';
import { Allow, CurrentUser } from '../../common/auth/decorators';
import { AccessLogQueriesService } from './access-log-queries.service';

class AccessLogQueryDto implements AccessLogQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  caseId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  userId?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiProperty({ required: false, format: 'date-time' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}

/** The privacy officer's search of the access log, by case, user and period, and its CSV export. */
@ApiTags('access-log')
@Controller()
export class AccessLogController {
  constructor(private readonly queries: AccessLogQueriesService) {}

  @Allow('accesslog:read')
  @Get(API_ROUTES.accessLog)
  search(@CurrentUser() user: AuthUser, @Query() query: AccessLogQueryDto): Promise<AccessLogRow[]> {
    return this.queries.search(user, query);
  }

  @Allow('accesslog:read')
  @Get(API_ROUTES.accessLogExport)
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="toegangslog.csv"')
  export(@CurrentUser() user: AuthUser, @Query() query: AccessLogQueryDto): Promise<string> {
    return this.queries.csv(user, query);
  }
}
