import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A family member's written reaction to an adopted verslag: attached and dated, never changed. */
@Entity('verslag_reply')
@Index(['tafelId', 'createdAt'])
export class VerslagReplyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey('verslag', { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  tafelId: string;

  /** The member of the case (cases module) who wrote it. */
  @ForeignKey('case_member', { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  memberId: string;

  @Column({ type: 'varchar', length: 200 })
  authorName: string;

  @Column({ type: 'text' })
  text: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
