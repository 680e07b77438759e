import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import { API_ROUTES, RoomState } from '@tafel/shared/contracts';
import { AuthUser } from '../../common/auth/auth-user';
import { Allow, CurrentUser } from '../../common/auth/decorators';
import { uuidPipe } from '../../common/http/uuid.pipe';
import { RoomShareDto } from './tafel-room.dto';
import { TafelRoomService } from './tafel-room.service';

@ApiTags('tafel-room')
@ApiNotFoundResponse({ description: 'No such tafel, or not visible to the caller' })
@Controller()
export class TafelRoomController {
  constructor(private readonly room: TafelRoomService) {}

  /** The chair shares an agenda section with children under 16, or stops sharing it. */
  @Allow('tafel:decide')
  @Put(API_ROUTES.tafelRoomShare)
  share(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidPipe) id: string,
    @Body() body: RoomShareDto,
  ): Promise<RoomState> {
    return this.room.share(user, id, body);
  }
}
