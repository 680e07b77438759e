import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { TotpConfirmRequest, TotpVerifyRequest } from '@tafel/shared/contracts';

export class TotpVerifyDto implements TotpVerifyRequest {
  @ApiPropertyOptional({ example: '123456' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'code must be 6 digits' })
  code?: string;

  @ApiPropertyOptional({ example: 'a1b2c-3d4e5' })
  @IsOptional()
  @Matches(/^[0-9a-f]{5}-?[0-9a-f]{5}$/i, { message: 'recoveryCode has the form xxxxx-xxxxx' })
  recoveryCode?: string;
}

export class TotpConfirmDto implements TotpConfirmRequest {
  @ApiProperty({ example: '123456' })
  @Matches(/^\d{6}$/, { message: 'code must be 6 digits' })
  code: string;
}
