import * as Y from 'yjs';

/** Blocks whose text ends a line (TipTap's paragraphs, headings, list items, quotes). */
const INLINE = new Set(['text', 'hardBreak']);

function nodeText(node: Y.XmlElement | Y.XmlText | Y.XmlHook): string {
  if (node instanceof Y.XmlText) {
    return (node.toDelta() as { insert: unknown }[])
      .map((d) => (typeof d.insert === 'string' ? d.insert : ''))
      .join('');
  }
  if (node instanceof Y.XmlElement) {
    const inner = node
      .toArray()
      .map((child) => nodeText(child))
      .join('');
    if (node.nodeName === 'hardBreak') return '\n';
    const marker = node.nodeName === 'listItem' ? '• ' : '';
    return INLINE.has(node.nodeName) || node.nodeName === 'bulletList' || node.nodeName === 'orderedList'
      ? marker + inner
      : `${marker}${inner.replace(/\n+$/, '')}\n`;
  }
  return '';
}

/** The plain text of one notes section (a `Y.XmlFragment`): one line per block, list items with a bullet. */
export function fragmentText(fragment: Y.XmlFragment): string {
  return fragment
    .toArray()
    .map((node) => nodeText(node))
    .join('')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
