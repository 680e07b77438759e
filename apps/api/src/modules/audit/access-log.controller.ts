import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { AccessLogQuery, AccessLogRow, API_ROUTES } from '@tafel/shared/contracts';
import { AuthUser } from '../../common/auth/auth-user';
import { Allow, CurrentUser } from '../../common/auth/decorators';
import { IsZonedDateTime } from '../../common/validation/is-zoned-date-time';
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
  @IsZonedDateTime()
  from?: string;

  @ApiProperty({ required: false, format: 'date-time' })
  @IsOptional()
  @IsZonedDateTime()
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
