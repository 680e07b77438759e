import { Column, Entity, ForeignKey, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * A tafel's notes merged from the updates compaction folded in and deleted; loading applies every update
 * still stored on top. `upToId` is the highest id folded (for inspection; ids are not commit order).
 */
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
