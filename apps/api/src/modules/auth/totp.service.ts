import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { authenticator } from 'otplib';
import { toDataURL } from 'qrcode';
import { IsNull, Repository } from 'typeorm';
import { TotpEnrolment } from '@tafel/shared/contracts';
import { DomainError } from '../../common/problem/domain-error';
import { UserEntity } from '../users/user.entity';
import { RecoveryCodeEntity } from './recovery-code.entity';

const ISSUER = 'Tafel';
const RECOVERY_CODES = 10;

// One 30-second step either side, for clocks that drift a little.
authenticator.options = { window: 1 };

const hashCode = (code: string) =>
  createHash('sha256').update(code.replace(/-/g, '').toLowerCase()).digest('hex');

/** TOTP (RFC 6238) second factor: enrolment with a QR code, verification, single-use recovery codes. */
@Injectable()
export class TotpService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(RecoveryCodeEntity) private readonly recovery: Repository<RecoveryCodeEntity>,
  ) {}

  /** A new secret, kept pending until the first code confirms it. */
  async enrol(userId: string): Promise<TotpEnrolment> {
    const user = await this.users.findOneByOrFail({ id: userId });
    if (user.totpEnabledAt) throw new DomainError('conflict', 'Two-factor login is already set up');
    const secret = authenticator.generateSecret(20);
    await this.users.update(userId, { totpSecret: secret });
    const otpauthUri = authenticator.keyuri(user.email, ISSUER, secret);
    return { secret, otpauthUri, qrCode: await toDataURL(otpauthUri, { errorCorrectionLevel: 'M' }) };
  }

  /** Confirms the pending secret with a first code; returns fresh recovery codes (shown once). */
  async confirm(userId: string, code: string): Promise<string[]> {
    const user = await this.users.findOneByOrFail({ id: userId });
    if (user.totpEnabledAt || !user.totpSecret) throw new DomainError('conflict', 'Start the set-up first');
    if (!authenticator.check(code, user.totpSecret)) throw this.wrongCode();
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

  /** Checks a code, or uses up a recovery code. */
  async verify(userId: string, code: string | undefined, recoveryCode: string | undefined): Promise<void> {
    const user = await this.users.findOneByOrFail({ id: userId });
    if (!user.totpEnabledAt || !user.totpSecret) throw this.wrongCode();
    if (code !== undefined) {
      if (!authenticator.check(code, user.totpSecret)) throw this.wrongCode();
      return;
    }
    if (recoveryCode === undefined) throw this.wrongCode();
    const used = await this.recovery.update(
      { userId, codeHash: hashCode(recoveryCode), usedAt: IsNull() },
      { usedAt: new Date() },
    );
    if (!used.affected) throw this.wrongCode();
  }

  private wrongCode() {
    return new DomainError('invalid_credentials', 'The code is not correct');
  }
}
