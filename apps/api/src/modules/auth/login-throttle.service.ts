import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHmac } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { In, MoreThan, Repository } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { DomainError } from '../../common/problem/domain-error';
import { LoginAttemptEntity } from './login-attempt.entity';

const WINDOW_MS = 15 * 60_000;
const MAX_DELAY_MS = 5000;
const SLOW_AFTER = 3;
const IP_FACTOR = 5;

/**
 * Rate limits logins per account key and per IP, the same for known and unknown addresses (no
 * enumeration): slower after three failures, refused (429) after the limit, for 15 minutes.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    @InjectRepository(LoginAttemptEntity) private readonly attempts: Repository<LoginAttemptEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async before(email: string, ip: string | null, now = new Date()): Promise<void> {
    const since = MoreThan(new Date(now.getTime() - WINDOW_MS));
    const [forAccount, forIp] = await Promise.all([
      this.attempts.countBy({ key: this.accountKey(email), occurredAt: since }),
      ip ? this.attempts.countBy({ key: `ip:${ip}`, occurredAt: since }) : Promise.resolve(0),
    ]);
    if (forAccount >= this.config.loginMaxFailures || forIp >= this.config.loginMaxFailures * IP_FACTOR) {
      throw new DomainError('too_many_attempts', 'Too many failed attempts; try again in 15 minutes');
    }
    if (forAccount >= SLOW_AFTER && this.config.loginDelayMs > 0) {
      await sleep(Math.min(this.config.loginDelayMs * 2 ** (forAccount - SLOW_AFTER), MAX_DELAY_MS));
    }
  }

  async failed(email: string, ip: string | null, now = new Date()): Promise<void> {
    const keys = [this.accountKey(email), ...(ip ? [`ip:${ip}`] : [])];
    await this.attempts.insert(keys.map((key) => ({ key, occurredAt: now })));
  }

  async succeeded(email: string): Promise<void> {
    await this.attempts.delete({ key: In([this.accountKey(email)]) });
  }

  /** Keyed hash of the address: the table never holds an e-mail address. */
  private accountKey(email: string): string {
    const digest = createHmac('sha256', this.config.sessionSecret)
      .update(email.trim().toLowerCase())
      .digest('hex');
    return `email:${digest.slice(0, 40)}`;
  }
}
