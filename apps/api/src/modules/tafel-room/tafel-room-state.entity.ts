import { Column, Entity, ForeignKey, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** The live meeting state of a tafel besides the notes; `version` rises by one with each change. */
@Entity('tafel_room_state')
export class TafelRoomStateEntity {
  /** The tafel (tafels module): a foreign key by table name, no relation to its entity. */
  @ForeignKey('tafel', { onDelete: 'CASCADE' })
  @PrimaryColumn({ type: 'uuid' })
  tafelId: string;

  @Column({ type: 'bigint', default: 0 })
  version: string;

  /** The agenda item under discussion (a key of the moment type's agenda). */
  @Column({ type: 'varchar', length: 40, nullable: true })
  agendaItem: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  lastChange: string | null;

  /** The agenda items the chair shares with children under 16 (their keys). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  sharedSections: string[];

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
