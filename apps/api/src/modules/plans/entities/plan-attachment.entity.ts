import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { PlanAttachmentType } from '@tafel/shared/contracts';

/** A familiegroepsplan file, the plan's basis: stored here, served only through the access check. */
@Entity('plan_attachment')
export class PlanAttachmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey('family_case', { onDelete: 'RESTRICT' })
  @Index()
  @Column({ type: 'uuid' })
  caseId: string;

  @Column({ type: 'varchar', length: 200 })
  fileName: string;

  /** Decided from the file's first bytes, never from its name or the client's claim. */
  @Column({ type: 'varchar', length: 32 })
  mediaType: PlanAttachmentType;

  @Column({ type: 'int' })
  size: number;

  @Column({ type: 'bytea', select: false })
  content: Buffer;

  @Column({ type: 'uuid' })
  uploadedById: string;

  @CreateDateColumn({ type: 'timestamptz' })
  uploadedAt: Date;
}
