import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { AddMemberRequest, ConsentRequest, MEMBER_KINDS, MemberKind } from '@tafel/shared/contracts';
import { IsPastCalendarDate } from '../../../common/validation/is-calendar-date';

export class AddMemberDto implements AddMemberRequest {
  @ApiProperty({ enum: MEMBER_KINDS })
  @IsIn(MEMBER_KINDS)
  kind: MemberKind;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  firstName: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  lastName: string;

  @ApiPropertyOptional({ format: 'date', description: 'Required for a child' })
  @ValidateIf((o: AddMemberDto) => o.kind === 'child' || o.birthDate !== undefined)
  @IsPastCalendarDate()
  birthDate?: string;

  @ApiPropertyOptional({ description: 'Parents only: holds gezag' })
  @IsOptional()
  @IsBoolean()
  custody?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MinLength(3)
  @MaxLength(300)
  address?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  addressConfidential?: boolean;
}

export class AddProfessionalDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  userId: string;
}

export class ConsentDto implements ConsentRequest {
  @ApiProperty({ description: 'A child of 16 or older: the parents may see their part' })
  @IsBoolean()
  sharesWithParents: boolean;
}
