import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { RoomState, SharedNotes } from '@tafel/shared/contracts';
import { TafelNotesService } from '../modules/tafel-notes/tafel-notes.service';
import { TafelRoomService } from '../modules/tafel-room/tafel-room.service';
import { RealtimeService } from './realtime.service';
import { RealtimeSocket } from './realtime.types';

/** Typing is sent on to the children at most this often per tafel. */
const COALESCE_MS = 250;

/**
 * What a child under 16 receives of the notes (`tafel.notes.shared`): the plain text of the sections
 * the chair shares with them, never the Yjs document — on joining, after a change of the text on this
 * instance (coalesced), and on every instance when the chair shares or stops sharing a section.
 */
@Injectable()
export class SharedNotesRelay implements OnModuleDestroy {
  private readonly pending = new Map<string, NodeJS.Timeout>();
  /** The last text sent per tafel from this instance: unchanged text is not sent again. */
  private readonly sent = new Map<string, string>();

  constructor(
    private readonly notes: TafelNotesService,
    private readonly room: TafelRoomService,
    private readonly realtime: RealtimeService,
  ) {}

  /** To one child who just joined. */
  async sendTo(socket: RealtimeSocket, tafelId: string): Promise<void> {
    socket.emit('room:shared', await this.current(tafelId, await this.room.sharedSections(tafelId)));
  }

  /** The notes changed on this instance: the children here get the shared text, if it changed. */
  changed(tafelId: string): void {
    if (this.pending.has(tafelId) || !this.realtime.hasSharedViewers(tafelId)) return;
    this.pending.set(
      tafelId,
      setTimeout(() => {
        this.pending.delete(tafelId);
        void this.send(tafelId).catch(() => undefined);
      }, COALESCE_MS),
    );
  }

  /** The chair shared a section or stopped: every instance's children get the new text at once. */
  async reshare(state: RoomState): Promise<void> {
    const message = await this.current(state.tafelId, state.sharedSections);
    this.sent.set(state.tafelId, JSON.stringify(message.sections));
    this.realtime.toShared(message, true);
  }

  onModuleDestroy(): void {
    this.pending.forEach((timer) => clearTimeout(timer));
  }

  private async send(tafelId: string): Promise<void> {
    const message = await this.current(tafelId, await this.room.sharedSections(tafelId));
    const text = JSON.stringify(message.sections);
    if (this.sent.get(tafelId) === text) return;
    this.sent.set(tafelId, text);
    this.realtime.toShared(message, false);
  }

  /** The shared sections' text: from the notes open here, else as committed. */
  private async current(tafelId: string, shared: string[]): Promise<SharedNotes> {
    const texts =
      this.notes.liveSectionTexts(tafelId, shared) ?? (await this.notes.sectionTexts(tafelId, shared));
    return { tafelId, sections: shared.map((key) => ({ key, text: texts.get(key) ?? '' })) };
  }
}
