import { TestBed } from '@angular/core/testing';
import { NOTE_AGENDAS, Role, RoomState, TafelDetail } from '@tafel/shared/contracts';
import { RealtimeConnection } from '@tafel/web/core';
import { signIn } from '@tafel/web/core/testing';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { TafelRoomPage } from './tafel-room.page';

type Handler = (...args: never[]) => void;

/** A socket.io client stand-in: answers the room's messages like the server and lets the test emit. */
class FakeSocket {
  readonly handlers = new Map<string, Handler>();
  readonly sent: { event: string; message: unknown }[] = [];
  readonly io = { on: () => undefined, off: () => undefined };
  constructor(private readonly answers: Record<string, unknown>) {}
  on(event: string, handler: Handler) {
    this.handlers.set(event, handler);
  }
  off(event: string) {
    this.handlers.delete(event);
  }
  timeout() {
    return {
      emitWithAck: async (event: string, message: unknown) => {
        this.sent.push({ event, message });
        return this.answers[event] ?? { ok: true };
      },
    };
  }
  emit(event: string, ...args: unknown[]) {
    (this.handlers.get(event) as ((...a: unknown[]) => void) | undefined)?.(...args);
  }
}

const state = (version: number, agendaItem: string | null): RoomState => ({
  tafelId: 't1',
  version,
  agendaItem,
  status: 'in_session',
  lastChange: 'agenda_item',
  sharedSections: [],
});

function serverAnswers(access: 'read' | 'write') {
  const doc = new Y.Doc();
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText('Zorgen over schoolverzuim.')]);
  doc.getXmlFragment('worries').insert(0, [paragraph]);
  const awareness = new Awareness(new Y.Doc());
  awareness.setLocalState({ user: { id: 'u2', name: 'Piet Raad', role: 'raad', access: 'write' } });
  return {
    'notes:join': {
      ok: true,
      tafelId: 't1',
      momentType: 'toeleiding',
      access,
      agenda: NOTE_AGENDAS.toeleiding,
      update: Y.encodeStateAsUpdate(doc),
      stateVector: Y.encodeStateVector(doc),
      awareness: encodeAwarenessUpdate(awareness, [awareness.clientID]),
    },
    'room:sync': { ok: true, state: state(3, 'worries'), changed: true },
  };
}

const tafel = {
  id: 't1',
  status: 'in_session',
  momentType: 'toeleiding',
  participants: [
    {
      id: 'p1',
      role: 'chair',
      userId: 'u-chair',
      memberId: null,
      name: 'Joke Nijenhuis',
      invitation: 'accepted',
      attendance: 'present',
    },
  ],
  agreements: [],
  decision: null,
  childHeard: 'in_person',
  documentsWithheld: false,
} as unknown as TafelDetail;

async function open(role: Role, userId: string, access: 'read' | 'write', detail = tafel) {
  const socket = new FakeSocket(serverAnswers(access));
  const http = await signIn(role, userId, [
    { provide: RealtimeConnection, useValue: { get: async () => socket } },
  ]);
  const fixture = TestBed.createComponent(TafelRoomPage);
  fixture.componentRef.setInput('id', 't1');
  await fixture.whenStable();
  http.expectOne('/api/v1/tafels/t1').flush(detail);
  await new Promise((resolve) => setTimeout(resolve, 0));
  await fixture.whenStable();
  return { socket, http, fixture, element: fixture.nativeElement as HTMLElement };
}

describe('TafelRoomPage', () => {
  it('shows one named editor per agenda item with the notes, who is here and what is discussed', async () => {
    const { element } = await open('chair', 'u-chair', 'write');
    const boxes = Array.from(element.querySelectorAll('[role=textbox]'));
    expect(boxes.map((b) => b.getAttribute('aria-label'))).toEqual(
      NOTE_AGENDAS.toeleiding.map((i) => i.title),
    );
    const worries = boxes[1] as HTMLElement;
    expect(worries.textContent).toContain('Zorgen over schoolverzuim.');
    expect(worries.getAttribute('contenteditable')).toBe('true');
    expect(element.querySelector('.present')?.textContent).toContain('Piet Raad');
    expect(element.querySelector('.section--now h2')?.textContent).toBe('De zorgen');
  });

  it("writes an agreement's date as a reader reads it, not as an ISO date", async () => {
    const agreement = { id: 'a1', ownerName: 'Sanne Bakker', what: 'Belt de school', dueDate: '2026-12-15' };
    const { element } = await open('parent', 'u-parent', 'read', {
      ...tafel,
      agreements: [agreement],
    } as TafelDetail);
    const text = element.querySelector('aside')?.textContent ?? '';
    expect(text).toContain('Sanne Bakker: Belt de school (uiterlijk 15 december 2026)');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('announces the agenda item politely and shows the offline banner when the connection drops', async () => {
    const { socket, fixture, element } = await open('chair', 'u-chair', 'write');
    socket.emit('room:state', state(4, 'going_well'));
    await fixture.whenStable();
    expect(element.querySelector('[aria-live=polite]')?.textContent).toContain('Nu besproken: Wat gaat goed');
    socket.emit('disconnect');
    await fixture.whenStable();
    expect(element.querySelector('.banner--offline')?.textContent).toContain(
      'Offline — je typwerk blijft bewaard.',
    );
    socket.emit('connect');
    await fixture.whenStable();
    expect(element.querySelector('.banner--offline')).toBeNull();
  });

  it('lets a parent raise a hand that the chair sees and hears', async () => {
    const parent = await open('parent', 'u-parent', 'read');
    const hand = Array.from(parent.element.querySelectorAll('button')).find((b) =>
      b.textContent?.includes('Ik wil iets zeggen'),
    ) as HTMLButtonElement;
    hand.click();
    await parent.fixture.whenStable();
    expect(hand.getAttribute('aria-pressed')).toBe('true');
    const sent = parent.socket.sent.filter((s) => s.event === 'notes:awareness');
    const update = (sent[sent.length - 1].message as { update: Uint8Array }).update;
    TestBed.resetTestingModule();

    const chair = await open('chair', 'u-chair', 'write');
    const theirs = new Awareness(new Y.Doc());
    theirs.setLocalState(null);
    applyAwarenessUpdate(theirs, update, 'test');
    expect([...theirs.getStates().values()].some((st) => st['hand'] === true)).toBe(true);
    // The server relays it stamped with who raised it.
    const relayed = new Awareness(new Y.Doc());
    relayed.setLocalState({
      user: { id: 'u-parent', name: 'Sanne Bakker', role: 'parent', access: 'read' },
      hand: true,
    });
    const clientId = relayed.clientID;
    chair.socket.emit('notes:awareness', {
      tafelId: 't1',
      update: encodeAwarenessUpdate(relayed, [clientId]),
    });
    await chair.fixture.whenStable();
    expect(chair.element.querySelector('.present')?.textContent).toContain('vraagt het woord');
    expect(chair.element.querySelector('[aria-live=polite]')?.textContent).toContain(
      'Sanne Bakker wil iets zeggen.',
    );
  });

  it('lets a parent follow read-only, and gives a child under 16 the child view without notes', async () => {
    const parent = await open('parent', 'u-parent', 'read');
    const box = parent.element.querySelector('[role=textbox]');
    expect(box?.getAttribute('contenteditable')).toBe('false');
    expect(parent.element.textContent).toContain('U kunt hier niet typen.');
    TestBed.resetTestingModule();
    const child = await open('child', 'u-child', 'read', { ...tafel, documentsWithheld: true });
    expect(child.element.querySelector('[role=textbox]')).toBeNull();
    expect(child.element.textContent).toContain('Het gesprek over jou');
  });

  it('lets the chair share a section with the child, pressed while the server says it is shared', async () => {
    const { socket, http, fixture, element } = await open('chair', 'u-chair', 'write');
    const share = () =>
      Array.from(element.querySelectorAll('.share')).find((b) =>
        b.closest('section')?.querySelector('h2')?.textContent?.includes('Wat gaat goed'),
      ) as HTMLButtonElement;
    expect(share().getAttribute('aria-pressed')).toBe('false');
    share().click();
    const request = http.expectOne('/api/v1/tafels/t1/room/share');
    expect([request.request.method, request.request.body]).toEqual([
      'PUT',
      { agendaItem: 'going_well', shared: true },
    ]);
    const shared = { ...state(4, 'worries'), lastChange: 'shared_sections', sharedSections: ['going_well'] };
    request.flush(shared);
    socket.emit('room:state', shared);
    await fixture.whenStable();
    expect(share().getAttribute('aria-pressed')).toBe('true');
    expect(element.querySelector('[aria-live=polite]')?.textContent).toContain(
      'Wat gaat goed is gedeeld met het kind.',
    );
  });

  it('shows a child under 16 the text of the shared sections only, as the server sends it', async () => {
    const child = await open('child', 'u-child', 'read', { ...tafel, documentsWithheld: true });
    child.socket.emit('room:shared', {
      tafelId: 't1',
      sections: [{ key: 'going_well', text: 'Daan gaat graag naar voetbal.' }],
    });
    await child.fixture.whenStable();
    const view = child.element.querySelector('.child-view') as HTMLElement;
    expect(view.querySelector('h3')?.textContent).toBe('Wat gaat goed');
    expect(view.textContent).toContain('Daan gaat graag naar voetbal.');
    expect(child.element.querySelector('[role=textbox]')).toBeNull();
    child.socket.emit('room:shared', { tafelId: 't1', sections: [] });
    await child.fixture.whenStable();
    expect(view.textContent).not.toContain('voetbal');
  });

  it('links the secretary to the draft verslag once concluded, and tells the parent it comes once adopted', async () => {
    const concluded = (version: number, status: RoomState['status']): RoomState => ({
      ...state(version, 'worries'),
      status,
      lastChange: 'concluded',
    });
    const verslagLink = (element: HTMLElement) => element.querySelector('a[href="/tafels/t1/verslag"]');
    const secretary = await open('secretary', 'u-secretary', 'write');
    expect(verslagLink(secretary.element)).toBeNull();
    secretary.socket.emit('room:state', concluded(4, 'concluded'));
    await secretary.fixture.whenStable();
    secretary.http.expectOne('/api/v1/tafels/t1').flush({ ...tafel, status: 'concluded' });
    await secretary.fixture.whenStable();
    expect(verslagLink(secretary.element)?.textContent).toBe('Naar het verslag');
    TestBed.resetTestingModule();

    const parent = await open('parent', 'u-parent', 'read');
    parent.socket.emit('room:state', concluded(4, 'concluded'));
    await parent.fixture.whenStable();
    parent.http.expectOne('/api/v1/tafels/t1').flush({ ...tafel, status: 'concluded' });
    await parent.fixture.whenStable();
    expect(verslagLink(parent.element)).toBeNull();
    expect(parent.element.textContent).toContain('Het verslag wordt nu afgemaakt.');
    parent.socket.emit('room:state', concluded(5, 'minutes_adopted'));
    await parent.fixture.whenStable();
    parent.http.expectOne('/api/v1/tafels/t1').flush({ ...tafel, status: 'minutes_adopted' });
    await parent.fixture.whenStable();
    expect(verslagLink(parent.element)?.textContent).toBe('Naar het verslag');
  });
});
