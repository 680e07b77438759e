import { Injectable } from '@nestjs/common';
import PDFDocument from 'pdfkit';

/** One block of a document: a paragraph or a bulleted list. */
export type DocumentBlock = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };

export interface DocumentSection {
  heading: string;
  blocks: DocumentBlock[];
}

/** A document as plain structure: a title, an optional line under it, and sections of blocks. */
export interface DocumentSpec {
  title: string;
  subtitle?: string;
  sections: DocumentSection[];
}

const MARGIN = 56;

/** A text as paragraphs (split on blank lines); `empty` when there is nothing. */
export const paragraphs = (text: string | null, empty = 'Niets vastgelegd.'): DocumentBlock[] => {
  const parts = (text ?? '')
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.length
    ? parts.map((p) => ({ kind: 'paragraph', text: p }))
    : [{ kind: 'paragraph', text: empty }];
};

/** A calendar day (ISO yyyy-mm-dd) as a Dutch reader reads it: "15 januari 2030". */
export const longDate = (day: string) =>
  new Date(`${day}T12:00:00Z`).toLocaleDateString('nl-NL', {
    timeZone: 'Europe/Amsterdam',
    dateStyle: 'long',
  });

/** A moment as a Dutch reader reads it, in Dutch time. */
export const dateTime = (iso: string) =>
  new Date(iso).toLocaleString('nl-NL', {
    timeZone: 'Europe/Amsterdam',
    dateStyle: 'long',
    timeStyle: 'short',
  });

/**
 * Renders a document as a tagged PDF a screen reader can read (PDF 1.7, PDF/UA-style): a structure
 * tree (Document → Sect → H1/H2, P, L/LI/LBody) in reading order, language nl-NL, the title shown as
 * the window title. Generic: the verslag and the plan versions both render through here.
 */
@Injectable()
export class TaggedPdfService {
  render(spec: DocumentSpec): Promise<Buffer> {
    const doc = new PDFDocument({
      pdfVersion: '1.7',
      tagged: true,
      lang: 'nl-NL',
      displayTitle: true,
      margin: MARGIN,
      info: { Title: spec.title, Producer: 'Tafel', Creator: 'Tafel' },
    });
    const chunks: Buffer[] = [];
    const done = new Promise<Buffer>((resolve, reject) => {
      doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      doc.on('end', () => resolve(Buffer.concat(chunks)));
      doc.on('error', reject);
    });
    const root = doc.struct('Document');
    doc.addStructure(root);
    doc.font('Helvetica-Bold').fontSize(18).text(spec.title, { structParent: root, structType: 'H1' });
    if (spec.subtitle) {
      doc.moveDown(0.3).font('Helvetica').fontSize(11).text(spec.subtitle, { structParent: root });
    }
    for (const section of spec.sections) {
      const sect = doc.struct('Sect');
      root.add(sect);
      doc.moveDown(0.8).font('Helvetica-Bold').fontSize(13);
      doc.text(section.heading, { structParent: sect, structType: 'H2' });
      doc.font('Helvetica').fontSize(11);
      for (const block of section.blocks) this.block(doc, sect, block);
      sect.end();
    }
    root.end();
    doc.end();
    return done;
  }

  private block(doc: PDFKit.PDFDocument, sect: PDFKit.PDFStructureElement, block: DocumentBlock): void {
    doc.moveDown(0.3);
    if (block.kind === 'paragraph') {
      doc.text(block.text, { structParent: sect, structType: 'P' });
      return;
    }
    if (block.items.length === 0) return;
    const list = doc.struct('L');
    sect.add(list);
    doc.list(block.items, { structParent: list, listType: 'bullet', bulletRadius: 2 });
    list.end();
  }
}
