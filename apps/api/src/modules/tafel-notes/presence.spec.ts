import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import type { PresenceUser } from '@tafel/shared/contracts';
import { stampPresence } from './presence';

const chair: PresenceUser = { id: 'u1', name: 'Voorzitter', role: 'chair', access: 'write' };

function clientUpdate(state: Record<string, unknown>) {
  const awareness = new Awareness(new Y.Doc());
  awareness.setLocalState(state);
  const update = encodeAwarenessUpdate(awareness, [awareness.clientID]);
  awareness.destroy();
  return { update, clientId: awareness.clientID };
}

describe('stampPresence', () => {
  it('replaces whatever user the client claims by the server’s', () => {
    const { update, clientId } = clientUpdate({ cursor: 3, user: { name: 'Iemand anders', role: 'chair' } });
    const stamped = stampPresence(update, chair, (id) => id === clientId);
    const server = new Awareness(new Y.Doc());
    applyAwarenessUpdate(server, stamped?.update ?? new Uint8Array(), null);
    expect(server.getStates().get(clientId)).toEqual({ cursor: 3, user: chair });
    expect(stamped?.clientIds).toEqual([clientId]);
    server.destroy();
  });

  it('refuses another client’s id and bytes that are no awareness update', () => {
    const { update } = clientUpdate({ cursor: 1 });
    expect(stampPresence(update, chair, () => false)).toBeNull();
    expect(stampPresence(new Uint8Array([1, 2]), chair, () => true)).toBeNull();
    expect(stampPresence(clientUpdate({ big: 'x'.repeat(5000) }).update, chair, () => true)).toBeNull();
  });
});
