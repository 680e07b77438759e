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

  /**
   * argon2id hash; null for accounts that log in another way (invitation, OIDC). A credential: never
   * selected unless asked for (`select: false`), so no user relation carries it.
   */
  @Column({ type: 'varchar', length: 255, nullable: true, select: false })
  passwordHash: string | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /**
   * TOTP secret, AES-256-GCM encrypted with TOTP_ENCRYPTION_KEY (see totp-secret.cipher.ts); set at
   * enrolment, in force once totpEnabledAt is set. A credential: never selected unless asked for.
   */
  @Column({ type: 'varchar', length: 255, nullable: true, select: false })
  totpSecret: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  totpEnabledAt: Date | null;

  /** The last TOTP time step accepted: a code is accepted once, never again (no replay). */
  @Column({ type: 'integer', nullable: true })
  totpLastStep: number | null;

  /** Wrong TOTP and recovery codes since the last right one; a password login does not reset it. */
  @Column({ type: 'integer', default: 0 })
  secondFactorFailures: number;

  /** No second-factor code is checked before this moment (back-off after too many wrong codes). */
  @Column({ type: 'timestamptz', nullable: true })
  secondFactorLockedUntil: Date | null;

  /** The subject of this person at the OIDC broker (DigiD / eHerkenning), once linked. */
  @Index({ unique: true, where: '"oidc_subject" IS NOT NULL' })
  @Column({ type: 'varchar', length: 255, nullable: true })
  oidcSubject: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
