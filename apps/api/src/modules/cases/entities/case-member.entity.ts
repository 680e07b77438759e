import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { MemberKind } from '@tafel/shared/contracts';
import { UserEntity } from '../../users/user.entity';
import { FamilyCaseEntity } from './family-case.entity';

/** A person of the family or its network: parent, child or network member. */
@Entity('case_member')
export class CaseMemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => FamilyCaseEntity, { onDelete: 'CASCADE' })
  case: FamilyCaseEntity;

  @Index()
  @Column({ type: 'uuid' })
  caseId: string;

  @Column({ type: 'varchar', length: 16 })
  kind: MemberKind;

  @Column({ type: 'varchar', length: 100 })
  firstName: string;

  @Column({ type: 'varchar', length: 100 })
  lastName: string;

  @Column({ type: 'date', nullable: true })
  birthDate: string | null;

  /** Parents only: holds gezag (custody). */
  @Column({ type: 'boolean', nullable: true })
  custody: boolean | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  address: string | null;

  /** Contact details must never reach the other parent. */
  @Column({ type: 'boolean', default: false })
  addressConfidential: boolean;

  /** A child of 16 or older consents to the parents seeing their data. */
  @Column({ type: 'boolean', default: false })
  sharesWithParents: boolean;

  /** The account of this person, when they have one (parent, child, network). */
  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'SET NULL' })
  user: UserEntity | null;

  @Index({ unique: true, where: '"user_id" IS NOT NULL' })
  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
