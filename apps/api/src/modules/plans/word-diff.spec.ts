import { wordDiff } from './word-diff';

describe('wordDiff', () => {
  it('keeps the common words and marks what was removed and added', () => {
    expect(
      wordDiff('Vader brengt de kinderen naar school', 'Moeder brengt de kinderen op tijd naar school'),
    ).toEqual([
      { kind: 'removed', text: 'Vader ' },
      { kind: 'added', text: 'Moeder ' },
      { kind: 'same', text: 'brengt de kinderen ' },
      { kind: 'added', text: 'op tijd ' },
      { kind: 'same', text: 'naar school' },
    ]);
  });

  it('gives the texts back: the same and removed parts are before, the same and added parts after', () => {
    const before = 'Een  twee\ndrie vier';
    const after = 'twee drie vijf';
    const parts = wordDiff(before, after);
    const join = (kind: string) =>
      parts
        .filter((p) => p.kind === 'same' || p.kind === kind)
        .map((p) => p.text.trim())
        .join(' ')
        .split(/\s+/);
    expect(join('removed')).toEqual(before.split(/\s+/));
    expect(join('added')).toEqual(after.split(/\s+/));
  });

  it('answers nothing for two empty texts and all-added for a new text', () => {
    expect(wordDiff('', '')).toEqual([]);
    expect(wordDiff('', 'nieuw')).toEqual([{ kind: 'added', text: 'nieuw' }]);
  });
});
