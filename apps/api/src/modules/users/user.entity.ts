import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '@tafel/shared/contracts';
import { OrganisationEntity } from '../organisations/organisation.entity';

@Entity('app_user')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-case; unique. */
  @Column({ type: 'varchar', length: 320, unique: true })
  email: string;

  @Column({ type: 'varchar', length: 200 })
  displayName: string;

  @Column({ type: 'varchar', length: 32 })
  role: Role;

  @ManyToOne(() => OrganisationEntity, { nullable: true, onDelete: 'RESTRICT' })
  organisation: OrganisationEntity | null;

  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  /** argon2id hash; null for accounts that log in another way (invitation, OIDC). */
  @Column({ type: 'varchar', length: 255, nullable: true })
  passwordHash: string | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** Base32 TOTP secret; set at enrolment, in force once totpEnabledAt is set. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  totpSecret: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  totpEnabledAt: Date | null;

  /** The subject of this person at the OIDC broker (DigiD / eHerkenning), once linked. */
  @Index({ unique: true, where: '"oidc_subject" IS NOT NULL' })
  @Column({ type: 'varchar', length: 255, nullable: true })
  oidcSubject: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
