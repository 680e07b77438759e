import { execFileSync } from 'node:child_process';
import type { Response } from 'superagent';

/** A supertest parser that keeps a binary body (a PDF) as one Buffer. */
export function pdfBody(res: Response, done: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

/** Opens a PDF with pdfjs-dist (ESM) in a child node process: its structure tree roles and its text. */
export function readPdf(pdf: Buffer): {
  roles: string[];
  text: string;
  lang: string | null;
  title: string | null;
} {
  const script = `
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const chunks = [];
    for await (const c of process.stdin) chunks.push(c);
    const doc = await getDocument({ data: new Uint8Array(Buffer.concat(chunks)), useSystemFonts: false }).promise;
    const roles = []; let text = '';
    const walk = (n) => { if (n.role) roles.push(n.role); (n.children || []).forEach(walk); };
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      walk((await page.getStructTree()) || {});
      text += (await page.getTextContent()).items.map((x) => x.str).join(' ') + ' ';
    }
    const meta = await doc.getMetadata();
    const lang = (await doc.getMarkInfo()) ? meta.info.Language ?? null : null;
    process.stdout.write(JSON.stringify({ roles, text, lang, title: meta.info.Title ?? null }));`;
  // pdf.js warns on stderr about fonts it does not render; only the structure and the text matter here.
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    input: pdf,
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  return JSON.parse(out.toString());
}
