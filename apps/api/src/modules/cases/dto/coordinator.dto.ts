import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { HandoverRequest, REGIE_MODES, RegieChangeRequest, RegieMode } from '@tafel/shared/contracts';

export class HandoverDto implements HandoverRequest {
  @ApiProperty({ format: 'uuid', description: 'The user who becomes the coordinator' })
  @IsUUID()
  coordinatorId: string;

  @ApiProperty({ minLength: 5 })
  @IsString()
  @MinLength(5)
  @MaxLength(1000)
  reason: string;
}

export class RegieChangeDto implements RegieChangeRequest {
  @ApiProperty({ enum: REGIE_MODES })
  @IsIn(REGIE_MODES)
  mode: RegieMode;

  @ApiProperty({ minLength: 5 })
  @IsString()
  @MinLength(5)
  @MaxLength(1000)
  reason: string;
}
