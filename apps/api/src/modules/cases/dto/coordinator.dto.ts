import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import {
  HandoverRequest,
  REASON_MAX_LENGTH,
  REASON_MIN_LENGTH,
  REGIE_MODES,
  RegieChangeRequest,
  RegieMode,
} from '@tafel/shared/contracts';

export class HandoverDto implements HandoverRequest {
  @ApiProperty({ format: 'uuid', description: 'The user who becomes the coordinator' })
  @IsUUID()
  coordinatorId: string;

  @ApiProperty({ minLength: REASON_MIN_LENGTH })
  @IsString()
  @MinLength(REASON_MIN_LENGTH)
  @MaxLength(REASON_MAX_LENGTH)
  reason: string;
}

export class RegieChangeDto implements RegieChangeRequest {
  @ApiProperty({ enum: REGIE_MODES })
  @IsIn(REGIE_MODES)
  mode: RegieMode;

  @ApiProperty({ minLength: REASON_MIN_LENGTH })
  @IsString()
  @MinLength(REASON_MIN_LENGTH)
  @MaxLength(REASON_MAX_LENGTH)
  reason: string;
}
