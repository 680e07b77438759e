import { Column, Entity, ForeignKey, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A tafel's notes merged up to (and including) update `upToId`: loading starts here. */
@Entity('tafel_note_snapshot')
export class TafelNoteSnapshotEntity {
  /** The tafel (tafels module): a foreign key by table name, no relation to its entity. */
  @ForeignKey('tafel', { onDelete: 'CASCADE' })
  @PrimaryColumn({ type: 'uuid' })
  tafelId: string;

  /** `Y.encodeStateAsUpdate` of the merged document. */
  @Column({ type: 'bytea' })
  state: Buffer;

  @Column({ type: 'bigint' })
  upToId: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
