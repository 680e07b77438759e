import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type AccessAction = 'C' | 'R' | 'U' | 'D' | 'E';

/**
 * One access to client data, in the style of NEN 7513. Append-only and SHA-256 hash-chained by a
 * database trigger: it assigns `id` (the chain order), `prev_hash` and `hash` (see the migration).
 */
@Entity('access_log')
@Index(['caseId', 'occurredAt'])
@Index(['userId', 'occurredAt'])
export class AccessLogEntity {
  @PrimaryColumn({ type: 'bigint' })
  id: string;

  /** UTC, to the second. */
  @Column({ type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'varchar', length: 64 })
  event: string;

  @Column({ type: 'char', length: 1 })
  action: AccessAction;

  @Column({ type: 'uuid', nullable: true })
  caseId: string | null;

  @Column({ type: 'uuid', nullable: true })
  personId: string | null;

  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'varchar', length: 32 })
  role: string;

  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @Column({ type: 'uuid', nullable: true })
  onBehalfOf: string | null;

  /** IP address and user agent of the request. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  accessPoint: string | null;

  @Column({ type: 'boolean' })
  authorised: boolean;

  /**
   * The relationship that allowed the access (refused: the one found, or none) — see the access table
   * in docs/security.md.
   */
  @Column({ type: 'varchar', length: 32 })
  relationship: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  consent: string | null;

  @Column({ type: 'boolean', default: false })
  emergency: boolean;

  @Column({ type: 'char', length: 64 })
  prevHash: string;

  @Column({ type: 'char', length: 64 })
  hash: string;
}
