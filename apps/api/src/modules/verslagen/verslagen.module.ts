import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { ChainModule } from '../chain/chain.module';
import { DocumentsModule } from '../documents/documents.module';
import { JobsModule } from '../jobs/jobs.module';
import { MailModule } from '../mail/mail.module';
import { TafelNotesModule } from '../tafel-notes/tafel-notes.module';
import { TafelRoomModule } from '../tafel-room/tafel-room.module';
import { TafelsModule } from '../tafels/tafels.module';
import { VerslagDestruction } from './verslag-destruction';
import { VerslagDraftsService } from './verslag-drafts.service';
import { VerslagMailsService } from './verslag-mails.service';
import { VerslagReaderService } from './verslag-reader.service';
import { VerslagenController } from './verslagen.controller';
import { VerslagenService } from './verslagen.service';

/** The verslag of a tafel: draft, adopted version, the family's reactions, the PDF. Owns verslag*. */
@Module({
  imports: [
    CasesModule,
    ChainModule,
    TafelsModule,
    TafelNotesModule,
    TafelRoomModule,
    JobsModule,
    MailModule,
    DocumentsModule,
  ],
  controllers: [VerslagenController],
  providers: [
    VerslagenService,
    VerslagDraftsService,
    VerslagReaderService,
    VerslagMailsService,
    VerslagDestruction,
  ],
})
export class VerslagenModule {}
