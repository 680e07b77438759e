import * as Y from 'yjs';
import { fragmentText } from './notes-text';

const text = (value: string) => new Y.XmlText(value);
function element(name: string, children: (Y.XmlElement | Y.XmlText)[]): Y.XmlElement {
  const node = new Y.XmlElement(name);
  node.insert(0, children);
  return node;
}

describe('the plain text of a notes section', () => {
  it('gives one line per block and a bullet per list item, as TipTap stores them', () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment('worries');
    fragment.insert(0, [
      element('heading', [text('Zorgen')]),
      element('paragraph', [text('Daan gaat niet naar school.')]),
      element('bulletList', [
        element('listItem', [element('paragraph', [text('verzuim sinds maart')])]),
        element('listItem', [element('paragraph', [text('ruzie thuis')])]),
      ]),
      element('paragraph', [text('Eerste regel'), element('hardBreak', []), text('tweede regel')]),
    ]);
    expect(fragmentText(fragment)).toBe(
      'Zorgen\nDaan gaat niet naar school.\n• verzuim sinds maart\n• ruzie thuis\nEerste regel\ntweede regel',
    );
  });

  it('is empty for a section nobody wrote in', () => {
    expect(fragmentText(new Y.Doc().getXmlFragment('opening'))).toBe('');
  });
});
