import { Controller, Get, Query } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import {
  API_ROUTES,
  ORGANISATION_TYPES,
  OrganisationType,
  PeopleQuery,
  PersonOption,
  PICKABLE_ROLES,
  PickableRole,
} from '@tafel/shared/contracts';
import { Allow } from '../../common/auth/decorators';
import { PeopleService } from './people.service';

class PeopleQueryDto implements PeopleQuery {
  @ApiProperty({ minLength: 2, maxLength: 100 })
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  q: string;

  @ApiPropertyOptional({ enum: PICKABLE_ROLES })
  @IsOptional()
  @IsIn(PICKABLE_ROLES)
  role?: PickableRole;

  @ApiPropertyOptional({ enum: ORGANISATION_TYPES })
  @IsOptional()
  @IsIn(ORGANISATION_TYPES)
  organisationType?: OrganisationType;
}

/**
 * The people picker: professionals found by name, with their organisation, for those who invite
 * people to a tafel (`tafel:participants`). Never a family member, never client data.
 */
@ApiTags('organisations')
@Controller()
export class PeopleController {
  constructor(private readonly people: PeopleService) {}

  @Allow('tafel:participants')
  @Get(API_ROUTES.people)
  search(@Query() query: PeopleQueryDto): Promise<PersonOption[]> {
    return this.people.search(query);
  }
}
