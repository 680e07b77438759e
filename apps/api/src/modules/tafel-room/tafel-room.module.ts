import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { TafelsModule } from '../tafels/tafels.module';
import { TafelRoomController } from './tafel-room.controller';
import { TafelRoomDestruction } from './tafel-room-destruction';
import { TafelRoomService } from './tafel-room.service';

/** The live meeting state of tafel rooms (owns tafel_room_state); the realtime gateway carries it. */
@Module({
  imports: [CasesModule, TafelsModule],
  controllers: [TafelRoomController],
  providers: [TafelRoomService, TafelRoomDestruction],
  exports: [TafelRoomService],
})
export class TafelRoomModule {}
