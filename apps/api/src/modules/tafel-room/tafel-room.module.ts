import { Module } from '@nestjs/common';
import { TafelRoomService } from './tafel-room.service';

/** The live meeting state of tafel rooms (owns tafel_room_state); the realtime gateway carries it. */
@Module({
  providers: [TafelRoomService],
  exports: [TafelRoomService],
})
export class TafelRoomModule {}
