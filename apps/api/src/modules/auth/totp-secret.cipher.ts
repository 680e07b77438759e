import { Inject, Injectable } from '@nestjs/common';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { APP_CONFIG, AppConfig } from '../../config/app-config';

const VERSION = 'v1';
const IV_BYTES = 12;

/**
 * TOTP secrets at rest: AES-256-GCM with TOTP_ENCRYPTION_KEY, the user's id as associated data (a
 * ciphertext copied to another account does not decrypt). Stored as `v1.<iv>.<tag>.<ciphertext>`,
 * base64url; a value without the prefix is a plaintext secret from before encryption.
 */
@Injectable()
export class TotpSecretCipher {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  encrypt(secret: string, userId: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.config.totpEncryptionKey, iv);
    cipher.setAAD(Buffer.from(userId));
    const data = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return [VERSION, iv, cipher.getAuthTag(), data]
      .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
      .join('.');
  }

  /** The plaintext secret; throws when the value was not encrypted with this key for this user. */
  decrypt(stored: string, userId: string): string {
    if (!this.isEncrypted(stored)) return stored;
    const [, iv, tag, data] = stored.split('.').map((p) => Buffer.from(p, 'base64url'));
    const decipher = createDecipheriv('aes-256-gcm', this.config.totpEncryptionKey, iv as Buffer);
    decipher.setAAD(Buffer.from(userId));
    decipher.setAuthTag(tag as Buffer);
    return Buffer.concat([decipher.update(data as Buffer), decipher.final()]).toString('utf8');
  }

  isEncrypted(stored: string): boolean {
    return stored.startsWith(`${VERSION}.`);
  }
}
