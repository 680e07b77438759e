import { Module } from '@nestjs/common';
import { TaggedPdfService } from './tagged-pdf.service';

/** Documents for people: tagged, accessible PDFs of a title and sections (verslag, plan versions). */
@Module({
  providers: [TaggedPdfService],
  exports: [TaggedPdfService],
})
export class DocumentsModule {}
