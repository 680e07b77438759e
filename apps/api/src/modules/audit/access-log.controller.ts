import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Response } from 'express';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import {
  ACCESS_LOG_SEARCH_MAX_LENGTH,
  ACCESS_LOG_SEARCH_ROWS,
  AccessLogQuery,
  AccessLogRow,
  API_ROUTES,
} from '@tafel/shared/contracts';
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

  @ApiPropertyOptional({
    description:
      'Part of a case number or family name; a leading "Gezin" (the family as the app names it) is dropped',
  })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(ACCESS_LOG_SEARCH_MAX_LENGTH)
  family?: string;

  @ApiPropertyOptional({ description: "Part of a family member's name" })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(ACCESS_LOG_SEARCH_MAX_LENGTH)
  person?: string;

  @ApiPropertyOptional({ description: "Part of a user's name or e-mail address" })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(ACCESS_LOG_SEARCH_MAX_LENGTH)
  user?: string;

  @ApiPropertyOptional({ type: Boolean })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  emergencyOnly?: boolean;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsZonedDateTime()
  from?: string;

  @ApiProperty({ required: false, format: 'date-time' })
  @IsOptional()
  @IsZonedDateTime()
  to?: string;
}

/**
 * The privacy officer's search of the access log — by case number, family name, person, user, period
 * and emergency access — and its CSV export of the same search.
 */
@ApiTags('access-log')
@Controller()
export class AccessLogController {
  constructor(private readonly queries: AccessLogQueriesService) {}

  @Allow('accesslog:read')
  @Get(API_ROUTES.accessLog)
  @ApiOperation({
    summary: `The newest ${ACCESS_LOG_SEARCH_ROWS} matching rows; X-Total-Count says how many match in all`,
  })
  @ApiOkResponse({
    headers: {
      'X-Total-Count': { description: 'How many rows match the search', schema: { type: 'integer' } },
    },
  })
  async search(
    @CurrentUser() user: AuthUser,
    @Query() query: AccessLogQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AccessLogRow[]> {
    const { rows, total } = await this.queries.search(user, query);
    res.setHeader('X-Total-Count', String(total));
    return rows;
  }

  @Allow('accesslog:read')
  @Get(API_ROUTES.accessLogExport)
  @ApiOperation({
    summary: 'Every row of the same search as CSV, newest first, streamed (logged as an export, action E)',
    description:
      'Dutch headers in the order of the Toegangslog page (tijd_utc, actie, gebeurtenis, gebruiker, rol, organisatie, ' +
      'gezin, dossiernummer, persoon, account, account_rol, …); roles and organisation by name; the NEN 7513 action ' +
      'code (C/R/U/D/E) and the event code as logged, and the ids as their own columns for matching by machine.',
  })
  async export(
    @CurrentUser() user: AuthUser,
    @Query() query: AccessLogQueryDto,
    @Res() res: Response,
  ): Promise<void> {
    const lines = this.queries.csv(user, query);
    // The export is logged before its header line: a failure until then is an ordinary problem response.
    const header = await lines.next();
    res.status(200).attachment('toegangslog.csv').type('text/csv; charset=utf-8');
    res.write(header.value ?? '');
    await pipeline(Readable.from(lines), res);
  }
}
