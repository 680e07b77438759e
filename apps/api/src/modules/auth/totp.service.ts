import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { authenticator } from 'otplib';
import { toDataURL } from 'qrcode';
import { IsNull, Not, Repository } from 'typeorm';
import { TotpEnrolment } from '@tafel/shared/contracts';
import { DomainError } from '../../common/problem/domain-error';
import { UserEntity } from '../users/user.entity';
import { RecoveryCodeEntity } from './recovery-code.entity';
import { SecondFactorLockoutService } from './second-factor-lockout.service';
import { TotpSecretCipher } from './totp-secret.cipher';

const ISSUER = 'Tafel';
const RECOVERY_CODES = 10;
const STEP_SECONDS = 30;

// One 30-second step either side, for clocks that drift a little.
authenticator.options = { window: 1, step: STEP_SECONDS };

const hashCode = (code: string) =>
  createHash('sha256').update(code.replace(/-/g, '').toLowerCase()).digest('hex');

/** What the second factor needs of an account; the secret is a credential, selected only here. */
const SECOND_FACTOR_FIELDS = { id: true, email: true, totpSecret: true, totpEnabledAt: true } as const;

/**
 * TOTP (RFC 6238) second factor: enrolment with a QR code, verification, single-use recovery codes.
 * Each code is accepted once (the last used time step is kept), wrong codes lock the account's
 * second factor (SecondFactorLockoutService), and the secret is encrypted at rest (TotpSecretCipher).
 */
@Injectable()
export class TotpService implements OnApplicationBootstrap {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(RecoveryCodeEntity) private readonly recovery: Repository<RecoveryCodeEntity>,
    private readonly lockout: SecondFactorLockoutService,
    private readonly cipher: TotpSecretCipher,
  ) {}

  /** Secrets stored before encryption (or written by the demo seed) are encrypted at start. */
  async onApplicationBootstrap(): Promise<void> {
    await this.encryptPlaintextSecrets();
  }

  async encryptPlaintextSecrets(): Promise<number> {
    const rows = await this.users.find({
      where: { totpSecret: Not(IsNull()) },
      select: { id: true, totpSecret: true },
    });
    const plain = rows.filter((u) => u.totpSecret && !this.cipher.isEncrypted(u.totpSecret));
    for (const user of plain) await this.storeSecret(user.id, user.totpSecret as string);
    return plain.length;
  }

  /** A new secret, kept pending until the first code confirms it. */
  async enrol(userId: string): Promise<TotpEnrolment> {
    const user = await this.users.findOneByOrFail({ id: userId });
    if (user.totpEnabledAt) throw new DomainError('conflict', 'Two-factor login is already set up');
    const secret = authenticator.generateSecret(20);
    await this.storeSecret(userId, secret);
    const otpauthUri = authenticator.keyuri(user.email, ISSUER, secret);
    return { secret, otpauthUri, qrCode: await toDataURL(otpauthUri, { errorCorrectionLevel: 'M' }) };
  }

  /** Confirms the pending secret with a first code; returns fresh recovery codes (shown once). */
  async confirm(userId: string, code: string): Promise<string[]> {
    const user = await this.load(userId);
    if (user.totpEnabledAt || !user.totpSecret) throw new DomainError('conflict', 'Start the set-up first');
    if (!(await this.acceptOnce(user, code))) throw this.wrongCode();
    const codes = Array.from({ length: RECOVERY_CODES }, () => {
      const raw = randomBytes(5).toString('hex');
      return `${raw.slice(0, 5)}-${raw.slice(5)}`;
    });
    await this.recovery.manager.transaction(async (manager) => {
      await manager.update(UserEntity, userId, { totpEnabledAt: new Date() });
      await manager.delete(RecoveryCodeEntity, { userId });
      await manager.insert(
        RecoveryCodeEntity,
        codes.map((c) => ({ userId, codeHash: hashCode(c) })),
      );
    });
    return codes;
  }

  /**
   * Forgets the second factor (a lost phone): secret, recovery codes and lockout go, so the next
   * login asks to set it up again. Returns false for an unknown user.
   */
  async reset(userId: string): Promise<boolean> {
    return this.recovery.manager.transaction(async (manager) => {
      const result = await manager.update(UserEntity, userId, {
        totpSecret: null,
        totpEnabledAt: null,
        totpLastStep: null,
        secondFactorFailures: 0,
        secondFactorLockedUntil: null,
      });
      await manager.delete(RecoveryCodeEntity, { userId });
      return (result.affected ?? 0) > 0;
    });
  }

  /** Checks a code, or uses up a recovery code; every attempt counts towards the lockout. */
  async verify(userId: string, code: string | undefined, recoveryCode: string | undefined): Promise<void> {
    await this.lockout.takeAttempt(userId);
    const user = await this.load(userId);
    if (!user.totpEnabledAt || !user.totpSecret) throw this.wrongCode();
    const right =
      code !== undefined
        ? await this.acceptOnce(user, code)
        : await this.useRecoveryCode(userId, recoveryCode);
    if (!right) throw this.wrongCode();
    await this.lockout.succeeded(userId);
  }

  /** A valid code whose time step is later than the last one accepted: recorded, so it works once. */
  private async acceptOnce(user: UserEntity, code: string): Promise<boolean> {
    const delta = authenticator.checkDelta(code, await this.secretOf(user));
    if (delta === null) return false;
    const step = Math.floor(Date.now() / 1000 / STEP_SECONDS) + delta;
    const result = await this.users
      .createQueryBuilder()
      .update()
      .set({ totpLastStep: step })
      .where('id = :id', { id: user.id })
      .andWhere('(totp_last_step IS NULL OR totp_last_step < :step)', { step })
      .execute();
    return result.affected === 1;
  }

  private async useRecoveryCode(userId: string, recoveryCode: string | undefined): Promise<boolean> {
    if (recoveryCode === undefined) return false;
    const used = await this.recovery.update(
      { userId, codeHash: hashCode(recoveryCode), usedAt: IsNull() },
      { usedAt: new Date() },
    );
    return used.affected === 1;
  }

  private load(userId: string): Promise<UserEntity> {
    return this.users.findOneOrFail({ where: { id: userId }, select: SECOND_FACTOR_FIELDS });
  }

  /** The plaintext secret; one still stored in plain text is encrypted on this first use. */
  private async secretOf(user: UserEntity): Promise<string> {
    const stored = user.totpSecret as string;
    if (!this.cipher.isEncrypted(stored)) await this.storeSecret(user.id, stored);
    return this.cipher.decrypt(stored, user.id);
  }

  private async storeSecret(userId: string, secret: string): Promise<void> {
    await this.users.update(userId, { totpSecret: this.cipher.encrypt(secret, userId) });
  }

  private wrongCode() {
    return new DomainError('invalid_credentials', 'The code is not correct');
  }
}
