import { Module } from '@nestjs/common';
import { AuthModule } from '../modules/auth/auth.module';
import { CasesModule } from '../modules/cases/cases.module';
import { TafelNotesModule } from '../modules/tafel-notes/tafel-notes.module';
import { TafelRoomModule } from '../modules/tafel-room/tafel-room.module';
import { NotesFanout } from './notes-fanout';
import { RealtimeGateway } from './realtime.gateway';
import { RealtimeService } from './realtime.service';
import { RoomAccess } from './room-access';
import { SessionWatch } from './session-watch';
import { SharedNotesRelay } from './shared-notes';
import { SocketAuth } from './socket-auth';

/** The live tafel room's transport: the one socket.io gateway and the service features emit through. */
@Module({
  imports: [AuthModule, CasesModule, TafelNotesModule, TafelRoomModule],
  providers: [
    RealtimeGateway,
    NotesFanout,
    RealtimeService,
    SocketAuth,
    RoomAccess,
    SessionWatch,
    SharedNotesRelay,
  ],
  exports: [RealtimeService],
})
export class RealtimeModule {}
