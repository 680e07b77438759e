import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import {
  DESTROY_CASES_LIMIT,
  DestroyCasesRequest,
  REASON_MAX_LENGTH,
  REASON_MIN_LENGTH,
} from '@tafel/shared/contracts';

export class DestroyCasesDto implements DestroyCasesRequest {
  @ApiProperty({ type: [String], format: 'uuid', maxItems: DESTROY_CASES_LIMIT })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(DESTROY_CASES_LIMIT)
  @IsUUID('all', { each: true })
  caseIds: string[];

  @ApiProperty({ minLength: REASON_MIN_LENGTH, description: 'Why, kept in each tombstone' })
  @IsString()
  @MinLength(REASON_MIN_LENGTH)
  @MaxLength(REASON_MAX_LENGTH)
  reason: string;
}
