import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsString, MaxLength } from 'class-validator';
import { RoomShareInput } from '@tafel/shared/contracts';

export class RoomShareDto implements RoomShareInput {
  @ApiProperty({ description: 'The key of an agenda item of the tafel' })
  @IsString()
  @MaxLength(40)
  agendaItem: string;

  @ApiProperty()
  @IsBoolean()
  shared: boolean;
}
