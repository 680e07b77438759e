import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { EmergencyAccessRequest, EmergencyReviewRequest } from '@tafel/shared/contracts';

export class EmergencyAccessDto implements EmergencyAccessRequest {
  @ApiProperty({ minLength: 20, description: 'Why access is needed now, without membership' })
  @IsString()
  @MinLength(20)
  @MaxLength(2000)
  reason: string;
}

export class EmergencyReviewDto implements EmergencyReviewRequest {
  @ApiProperty()
  @IsString()
  @MinLength(5)
  @MaxLength(2000)
  note: string;
}

export class EmergencyListQuery {
  @ApiPropertyOptional({ enum: ['open', 'all'], default: 'open' })
  @IsOptional()
  @IsIn(['open', 'all'])
  status?: 'open' | 'all';
}
