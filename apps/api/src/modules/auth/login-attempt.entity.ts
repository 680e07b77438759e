import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Failed logins, per account key and per IP, for rate limiting across API instances. */
@Entity('login_attempt')
@Index(['key', 'occurredAt'])
export class LoginAttemptEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** `email:<hmac of the address>` or `ip:<address>`; no plain e-mail address is kept. */
  @Column({ type: 'varchar', length: 100 })
  key: string;

  /** Indexed for the daily housekeeping, which deletes the attempts older than `LOGIN_HISTORY_DAYS`. */
  @Index()
  @Column({ type: 'timestamptz' })
  occurredAt: Date;
}
