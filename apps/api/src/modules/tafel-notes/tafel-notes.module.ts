import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { NoteStore } from './note-store.service';
import { NoteWriter } from './note-writer.service';
import { TafelNotesDestruction } from './tafel-notes-destruction';
import { TafelNotesService } from './tafel-notes.service';

/** The live notes of tafels: documents in memory, batched durable writes, compaction. Owns tafel_note_*. */
@Module({
  imports: [CasesModule],
  providers: [NoteStore, NoteWriter, TafelNotesService, TafelNotesDestruction],
  exports: [TafelNotesService],
})
export class TafelNotesModule {}
