import { Column, Entity, ForeignKey, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { VerslagContent } from '@tafel/shared/contracts';

/** The draft verslag of a concluded tafel: the frozen notes and the tafel's data, corrected until adopted. */
@Entity('verslag_draft')
export class VerslagDraftEntity {
  /** The tafel (tafels module): a foreign key by table name, no relation to its entity. */
  @ForeignKey('tafel', { onDelete: 'RESTRICT' })
  @PrimaryColumn({ type: 'uuid' })
  tafelId: string;

  @Column({ type: 'jsonb' })
  content: VerslagContent;

  /** Who corrected it last (null: as frozen at the conclusion). */
  @ForeignKey('app_user', { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid', nullable: true })
  correctedById: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
