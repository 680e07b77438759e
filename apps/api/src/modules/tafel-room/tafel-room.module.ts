import { Module } from '@nestjs/common';
import { TafelsModule } from '../tafels/tafels.module';
import { TafelRoomController } from './tafel-room.controller';
import { TafelRoomService } from './tafel-room.service';

/** The live meeting state of tafel rooms (owns tafel_room_state); the realtime gateway carries it. */
@Module({
  imports: [TafelsModule],
  controllers: [TafelRoomController],
  providers: [TafelRoomService],
  exports: [TafelRoomService],
})
export class TafelRoomModule {}
