import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { DomainError } from '../../common/problem/domain-error';
import { UserEntity } from '../users/user.entity';

/** Wrong codes allowed before the account's second factor locks. */
export const SECOND_FACTOR_FREE_FAILURES = 5;
const FIRST_LOCK_SECONDS = 30;
const MAX_LOCK_SECONDS = 3600;

/**
 * Per-account limit on TOTP and recovery codes, kept on the account (not the session, not the IP):
 * each attempt is counted before the code is checked, atomically, so parallel guesses count too.
 * From the fifth wrong code on, the second factor locks for 30 s, doubling per further wrong code
 * (at most an hour). Only a right code resets it — a new password login does not.
 */
@Injectable()
export class SecondFactorLockoutService {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  /** Counts an attempt; 429 while the account is locked (the code is then not even checked). */
  async takeAttempt(userId: string): Promise<void> {
    const result = await this.users
      .createQueryBuilder()
      .update()
      .set({
        secondFactorFailures: () => 'second_factor_failures + 1',
        secondFactorLockedUntil: () =>
          `CASE WHEN second_factor_failures + 1 >= :free THEN now() + make_interval(secs =>
             least(:first * power(2, second_factor_failures + 1 - :free), :max)) END`,
      })
      .where('id = :id', { id: userId })
      .andWhere('(second_factor_locked_until IS NULL OR second_factor_locked_until <= now())')
      .setParameters({ free: SECOND_FACTOR_FREE_FAILURES, first: FIRST_LOCK_SECONDS, max: MAX_LOCK_SECONDS })
      .execute();
    if (!result.affected) {
      throw new DomainError('too_many_attempts', 'Too many wrong codes; wait a while and try again');
    }
  }

  /** A right code: the count starts again. */
  async succeeded(userId: string): Promise<void> {
    await this.users.update(userId, { secondFactorFailures: 0, secondFactorLockedUntil: null });
  }
}
