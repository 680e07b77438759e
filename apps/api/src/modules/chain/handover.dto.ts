import { ApiProperty } from '@nestjs/swagger';
import { IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { AcceptHandoverRequest, ReturnHandoverRequest, SendHandoverRequest } from '@tafel/shared/contracts';

export class SendHandoverDto implements SendHandoverRequest {
  @ApiProperty()
  @IsUUID()
  toOrganisationId: string;
}

export class AcceptHandoverDto implements AcceptHandoverRequest {
  @ApiProperty({ description: 'A user of the receiving organisation who takes the coordinator role' })
  @IsUUID()
  coordinatorId: string;
}

export class ReturnHandoverDto implements ReturnHandoverRequest {
  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  reason: string;
}
