import { REALTIME_MAX_MESSAGE_BYTES } from '@tafel/shared/contracts';
import { isNotesJoin, isNotesUpdate, isTafelRef } from './messages';

const tafelId = '3f1c2a56-8a4e-4c11-9a43-0d1e2f3a4b5c';

describe('realtime message checks', () => {
  it('accepts well-formed messages', () => {
    expect(isTafelRef({ tafelId })).toBe(true);
    expect(isNotesJoin({ tafelId, stateVector: new Uint8Array() })).toBe(true);
    expect(isNotesUpdate({ tafelId, update: Buffer.from([0, 0]) })).toBe(true);
  });

  it('refuses wrong types, extra fields, bad ids (also an id in capitals) and oversized updates', () => {
    expect(isTafelRef({ tafelId: 'x' })).toBe(false);
    expect(isTafelRef({ tafelId: tafelId.toUpperCase() })).toBe(false);
    expect(isTafelRef({ tafelId, extra: 1 })).toBe(false);
    expect(isNotesUpdate({ tafelId, update: 'text' })).toBe(false);
    expect(isNotesUpdate({ tafelId, update: new Uint8Array() })).toBe(false);
    expect(isNotesUpdate({ tafelId, update: new Uint8Array(REALTIME_MAX_MESSAGE_BYTES + 1) })).toBe(false);
    expect(isNotesUpdate(null)).toBe(false);
    expect(isNotesUpdate([tafelId])).toBe(false);
  });
});
