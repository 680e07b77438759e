import { Module } from '@nestjs/common';
import { NoteStore } from './note-store.service';
import { NoteWriter } from './note-writer.service';
import { TafelNotesService } from './tafel-notes.service';

/** The live notes of tafels: documents in memory, batched durable writes, compaction. Owns tafel_note_*. */
@Module({
  providers: [NoteStore, NoteWriter, TafelNotesService],
  exports: [TafelNotesService],
})
export class TafelNotesModule {}
