import * as Y from 'yjs';
import { isNotesUpdate } from './note-update';

const sections = new Set(['opening', 'decision']);

function edit(section: string, text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getXmlFragment(section).insert(0, [new Y.XmlText(text)]);
  return Y.encodeStateAsUpdate(doc);
}

describe('isNotesUpdate', () => {
  it('accepts an edit of an agenda section', () => {
    expect(isNotesUpdate(edit('decision', 'Geen onderzoek'), sections)).toBe(true);
  });

  it('accepts a later edit that continues existing text (no root name in the update)', () => {
    const doc = new Y.Doc();
    const text = new Y.XmlText('Begin');
    doc.getXmlFragment('opening').insert(0, [text]);
    const before = Y.encodeStateVector(doc);
    text.insert(5, ' van de tafel');
    expect(isNotesUpdate(Y.encodeStateAsUpdate(doc, before), sections)).toBe(true);
  });

  it('refuses content outside the agenda', () => {
    expect(isNotesUpdate(edit('elsewhere', 'x'), sections)).toBe(false);
  });

  it('refuses bytes that are no Yjs update', () => {
    expect(isNotesUpdate(new Uint8Array([1, 2, 3]), sections)).toBe(false);
    expect(isNotesUpdate(edit('opening', 'abc').slice(0, -3), sections)).toBe(false);
  });
});
