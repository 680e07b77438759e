import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import {
  AdminUserQuery,
  CreateUserRequest,
  EMAIL_MAX_LENGTH,
  GEMEENTEN,
  Gemeente,
  ORGANISATION_TYPES,
  OrganisationRequest,
  OrganisationType,
  STAFF_ROLES,
  StaffRole,
  UpdateUserRequest,
} from '@tafel/shared/contracts';

export class AdminUserQueryDto implements AdminUserQuery {
  @ApiPropertyOptional({ description: 'A part of the name or the e-mail address' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: STAFF_ROLES, description: 'Only staff accounts of this role' })
  @IsOptional()
  @IsIn(STAFF_ROLES)
  role?: StaffRole;
}

export class CreateUserDto implements CreateUserRequest {
  @ApiProperty({ example: 'medewerker@example.nl' })
  @IsEmail()
  @MaxLength(EMAIL_MAX_LENGTH)
  email: string;

  @ApiProperty({ example: 'Anna de Vries' })
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  displayName: string;

  @ApiProperty({ enum: STAFF_ROLES })
  @IsIn(STAFF_ROLES)
  role: StaffRole;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  organisationId: string;
}

/** Left out, a field stays as it is; given, it follows the rules of a new account (null is no value). */
const LeftOut = () => ValidateIf((_: object, value: unknown) => value !== undefined);

export class UpdateUserDto implements UpdateUserRequest {
  @ApiPropertyOptional({ example: 'medewerker@example.nl' })
  @LeftOut()
  @IsEmail()
  @MaxLength(EMAIL_MAX_LENGTH)
  email?: string;

  @ApiPropertyOptional({ example: 'Anna de Vries' })
  @LeftOut()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  displayName?: string;

  @ApiPropertyOptional({ enum: STAFF_ROLES })
  @LeftOut()
  @IsIn(STAFF_ROLES)
  role?: StaffRole;

  @ApiPropertyOptional({ format: 'uuid' })
  @LeftOut()
  @IsUUID()
  organisationId?: string;
}

export class OrganisationDto implements OrganisationRequest {
  @ApiProperty({ example: 'Wijkteam Enschede-Noord' })
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name: string;

  @ApiProperty({ enum: ORGANISATION_TYPES })
  @IsIn(ORGANISATION_TYPES)
  type: OrganisationType;

  @ApiPropertyOptional({ enum: GEMEENTEN, description: 'Left out for a regional organisation' })
  @IsOptional()
  @IsIn(GEMEENTEN)
  gemeente?: Gemeente;
}
