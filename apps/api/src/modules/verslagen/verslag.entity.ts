import { Check, Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/**
 * The adopted verslag: immutable (a trigger refuses UPDATE and DELETE). `body` is the canonical JSON
 * text of its content and `hash` its SHA-256; a check constraint makes the database prove they match.
 */
@Entity('verslag')
@Check('CHK_verslag_hash', `"hash" = encode(sha256(convert_to("body", 'UTF8')), 'hex')`)
export class VerslagEntity {
  /** The tafel (tafels module): a foreign key by table name, no relation to its entity. */
  @ForeignKey('tafel', { onDelete: 'RESTRICT' })
  @PrimaryColumn({ type: 'uuid' })
  tafelId: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'char', length: 64 })
  hash: string;

  @Column({ type: 'timestamptz' })
  adoptedAt: Date;

  @ForeignKey('app_user', { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  adoptedById: string;

  /** The norm's deadline for this verslag (the tafel's day + N working days). */
  @Column({ type: 'date' })
  dueBy: string;
}
