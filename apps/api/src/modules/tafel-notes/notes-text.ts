import * as Y from 'yjs';

/** Containers whose children end their own lines (TipTap's lists). */
const LISTS = new Set(['bulletList', 'orderedList']);

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
    // Every other element is a block (paragraph, heading, list item, quote): it ends a line.
    return LISTS.has(node.nodeName) ? inner : `${marker}${inner.replace(/\n+$/, '')}\n`;
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
