import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One committed Yjs update of a tafel's live notes, appended in batches; compaction folds the
 * oldest into the tafel's snapshot and deletes them. The id orders them within a tafel.
 */
@Entity('tafel_note_update')
@Index(['tafelId', 'id'])
export class TafelNoteUpdateEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  /** The tafel (tafels module): a foreign key by table name, no relation to its entity. */
  @ForeignKey('tafel', { onDelete: 'CASCADE' })
  @Column({ type: 'uuid' })
  tafelId: string;

  @Column({ type: 'bytea' })
  update: Buffer;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
