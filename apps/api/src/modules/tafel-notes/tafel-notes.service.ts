import { BeforeApplicationShutdown, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import {
  Awareness,
  applyAwarenessUpdate,
  encodeAwarenessUpdate,
  removeAwarenessStates,
} from 'y-protocols/awareness';
import * as Y from 'yjs';
import { NOTE_AGENDAS, MomentType, PresenceUser } from '@tafel/shared/contracts';
import { COMPACT_AFTER_UPDATES, HeldNotes, NoteStore, applyStrict } from './note-store.service';
import { fragmentText } from './notes-text';
import { isNotesUpdate } from './note-update';
import { NoteWriter } from './note-writer.service';
import { stampPresence } from './presence';

/** The notes could not be loaded or saved; the document was not changed or replaced. */
export class NotesUnavailableError extends Error {}
/** Not a Yjs update of this tafel's agenda sections. */
export class InvalidNotesUpdateError extends Error {}

interface LiveNotes extends HeldNotes {
  doc: Y.Doc;
  awareness: Awareness;
  sections: ReadonlySet<string>;
  ready: Promise<void>;
  /** Connections of this instance in the room. */
  members: Set<string>;
  /** Which connection speaks for which Yjs client id (presence). */
  presenceOwners: Map<number, string>;
  updateIds: Set<string>;
}

/** Documents without a connection here are dropped from memory after this long. */
const SWEEP_INTERVAL_MS = 30_000;

/**
 * The live notes of each open tafel: one Yjs document with a section (`Y.XmlFragment`) per agenda item,
 * loaded once per instance from snapshot + updates, and kept in step with the database (every change
 * written through NoteWriter) and with other instances (`applyRemote`). Transport-free: the realtime
 * gateway carries the bytes.
 */
@Injectable()
export class TafelNotesService implements BeforeApplicationShutdown, OnModuleDestroy {
  private readonly logger = new Logger(TafelNotesService.name);
  private readonly open = new Map<string, LiveNotes>();
  private readonly sinceCompaction = new Map<string, number>();
  private readonly compactions = new Set<Promise<unknown>>();
  /**
   * Compactions run one after another: tafels typed in at the same pace reach the threshold together,
   * and side by side their merge slices (2 ms each) would add up in one turn of the event loop.
   */
  private compacting: Promise<unknown> = Promise.resolve();
  private stopping = false;
  private readonly sweeper = setInterval(() => this.sweep(), SWEEP_INTERVAL_MS).unref();

  constructor(
    private readonly store: NoteStore,
    private readonly writer: NoteWriter,
  ) {
    writer.onCommitted = (idsPerTafel) => idsPerTafel.forEach((ids, tafelId) => this.committed(tafelId, ids));
  }

  /** Joins a connection to a tafel's notes, loading them first; throws NotesUnavailableError. */
  async join(tafelId: string, momentType: MomentType, connectionId: string): Promise<void> {
    const notes = this.open.get(tafelId) ?? this.load(tafelId, momentType);
    await notes.ready;
    notes.members.add(connectionId);
  }

  /** Leaves the room; returns the awareness update that marks the connection's presence gone, if any. */
  leave(tafelId: string, connectionId: string): Uint8Array | null {
    const notes = this.open.get(tafelId);
    if (!notes) return null;
    notes.members.delete(connectionId);
    const gone = [...notes.presenceOwners].filter(([, owner]) => owner === connectionId).map(([id]) => id);
    gone.forEach((id) => notes.presenceOwners.delete(id));
    if (gone.length === 0) return null;
    removeAwarenessStates(notes.awareness, gone, connectionId);
    return encodeAwarenessUpdate(notes.awareness, gone);
  }

  /** The document as an update relative to a state vector, the server's state vector, and everyone present. */
  syncState(tafelId: string, stateVector: Uint8Array) {
    const notes = this.joined(tafelId);
    return {
      update: Y.encodeStateAsUpdate(notes.doc, stateVector),
      stateVector: Y.encodeStateVector(notes.doc),
      awareness: encodeAwarenessUpdate(notes.awareness, [...notes.awareness.getStates().keys()]),
    };
  }

  /**
   * Applies a member's update and writes it to the database; resolves once committed. Throws
   * InvalidNotesUpdateError (document untouched) or NotesUnavailableError (not saved).
   */
  write(tafelId: string, update: Uint8Array, origin: string): Promise<void> {
    const notes = this.joined(tafelId);
    if (!isNotesUpdate(update, notes.sections)) throw new InvalidNotesUpdateError();
    Y.applyUpdate(notes.doc, update, origin);
    return this.writer.write(tafelId, update).catch(() => {
      throw new NotesUnavailableError('The notes could not be saved');
    });
  }

  /** An update committed by another instance. */
  applyRemote(tafelId: string, update: Uint8Array): void {
    const notes = this.open.get(tafelId);
    if (notes) Y.applyUpdate(notes.doc, update, 'remote');
  }

  /** Stamps a member's awareness update with who they are; null when refused. */
  presence(tafelId: string, connectionId: string, user: PresenceUser, update: Uint8Array): Uint8Array | null {
    const notes = this.joined(tafelId);
    const owner = (id: number) => notes.presenceOwners.get(id);
    const stamped = stampPresence(update, user, (id) => (owner(id) ?? connectionId) === connectionId);
    if (!stamped) return null;
    stamped.clientIds.forEach((id) => notes.presenceOwners.set(id, connectionId));
    applyAwarenessUpdate(notes.awareness, stamped.update, connectionId);
    return stamped.update;
  }

  /** Presence relayed from another instance. */
  applyRemotePresence(tafelId: string, update: Uint8Array): void {
    const notes = this.open.get(tafelId);
    if (notes) applyAwarenessUpdate(notes.awareness, update, 'remote');
  }

  /**
   * The notes as committed, as plain text per section key (for the draft verslag): everything
   * acknowledged on this instance is written first; every other instance writes before it acknowledges.
   */
  async sectionTexts(tafelId: string, keys: readonly string[]): Promise<Map<string, string>> {
    await this.writer.flush();
    const { snapshot, updates } = await this.store.load(tafelId);
    const doc = new Y.Doc();
    try {
      applyStrict(doc, snapshot ? [snapshot, ...updates] : updates);
      return new Map(keys.map((key) => [key, fragmentText(doc.getXmlFragment(key))]));
    } finally {
      doc.destroy();
    }
  }

  /** The plain text of some sections as this instance holds them now; null when the notes are not open here. */
  liveSectionTexts(tafelId: string, keys: readonly string[]): Map<string, string> | null {
    const notes = this.open.get(tafelId);
    if (!notes) return null;
    return new Map(keys.map((key) => [key, fragmentText(notes.doc.getXmlFragment(key))]));
  }

  /** Whether this instance holds the tafel's notes. */
  isOpen(tafelId: string): boolean {
    return this.open.has(tafelId);
  }

  /** Everything acknowledged is committed, and no compaction runs any more. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.writer.flush();
    await Promise.allSettled([...this.compactions]);
  }

  onModuleDestroy(): void {
    clearInterval(this.sweeper);
    for (const notes of this.open.values()) this.unload(notes);
    this.open.clear();
  }

  private joined(tafelId: string): LiveNotes {
    const notes = this.open.get(tafelId);
    if (!notes) throw new NotesUnavailableError('The notes are not open');
    return notes;
  }

  /** Registers the document before reading, so updates committed elsewhere meanwhile are not missed. */
  private load(tafelId: string, momentType: MomentType): LiveNotes {
    const doc = new Y.Doc({ gc: true });
    const awareness = new Awareness(doc);
    awareness.setLocalState(null);
    const notes: LiveNotes = {
      doc,
      awareness,
      sections: new Set(NOTE_AGENDAS[momentType].map((item) => item.key)),
      members: new Set(),
      presenceOwners: new Map(),
      snapshotVersion: null,
      updateIds: new Set(),
      state: () => Y.encodeStateAsUpdate(doc),
      ready: this.store.load(tafelId).then((stored) => {
        const { snapshot, updates } = stored;
        applyStrict(doc, snapshot ? [snapshot, ...updates] : updates);
        notes.snapshotVersion = stored.snapshotVersion;
        stored.updateIds.forEach((id) => notes.updateIds.add(id));
      }),
    };
    this.open.set(tafelId, notes);
    notes.ready.catch((error: unknown) => {
      this.logger.error(`Notes of tafel ${tafelId} could not be loaded: ${String(error)}`);
      if (this.open.get(tafelId) === notes) this.open.delete(tafelId);
      this.unload(notes);
    });
    notes.ready = notes.ready.catch(() => {
      throw new NotesUnavailableError('The notes could not be loaded');
    });
    return notes;
  }

  /**
   * A batch of this tafel's updates committed. The document they were applied to is still the open one
   * (a document with updates on their way is never swept; a tafel id has one spelling, as PostgreSQL
   * returns it — `messages.ts`), so it now contains these rows.
   */
  private committed(tafelId: string, ids: string[]): void {
    const notes = this.open.get(tafelId);
    ids.forEach((id) => notes?.updateIds.add(id));
    this.countForCompaction(tafelId, ids.length);
  }

  private countForCompaction(tafelId: string, committed: number): void {
    // A random head start of up to one threshold: tafels typed in at the same pace (a morning of
    // meetings that started together) then reach it at different times, not in the same turn.
    const since = this.sinceCompaction.get(tafelId) ?? -Math.floor(Math.random() * COMPACT_AFTER_UPDATES);
    const count = since + committed;
    this.sinceCompaction.set(tafelId, count);
    if (count < COMPACT_AFTER_UPDATES) return;
    this.sinceCompaction.set(tafelId, 0);
    const run = this.compacting
      .then(() => (this.stopping ? undefined : this.compact(tafelId)))
      .catch((error: unknown) => this.logger.error(`Compaction of tafel ${tafelId} failed: ${String(error)}`))
      .finally(() => this.compactions.delete(run));
    this.compacting = run;
    this.compactions.add(run);
  }

  /**
   * From the document held here when it is open (its state, not the stored updates read back and
   * merged: no step longer than one encoding of the document), else from what is stored.
   */
  private async compact(tafelId: string): Promise<void> {
    const notes = this.open.get(tafelId);
    if (!notes) {
      await this.store.compact(tafelId);
      return;
    }
    await notes.ready;
    const done = await this.store.compactHeld(tafelId, notes);
    if (!done) return;
    done.folded.forEach((id) => notes.updateIds.delete(id));
    notes.snapshotVersion = done.snapshotVersion;
  }

  private sweep(): void {
    for (const [tafelId, notes] of this.open) {
      if (notes.members.size === 0 && !this.writer.hasPending(tafelId)) {
        this.open.delete(tafelId);
        this.unload(notes);
      }
    }
  }

  private unload(notes: LiveNotes): void {
    notes.awareness.destroy();
    notes.doc.destroy();
  }
}
