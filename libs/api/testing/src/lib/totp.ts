import { createHmac } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function base32Decode(input: string): Buffer {
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of input.replace(/=+$/, '').toUpperCase()) {
    const index = ALPHABET.indexOf(char);
    if (index < 0) throw new Error(`not base32: ${char}`);
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/**
 * An independent RFC 6238 implementation (SHA-1, 30 s, 6 digits) for tests, so that the app's
 * TOTP library is checked against the standard rather than against itself.
 */
export function totpCode(secretBase32: string, at = Date.now()): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 1000 / 30)));
  const mac = createHmac('sha1', base32Decode(secretBase32)).update(counter).digest();
  const offset = mac[mac.length - 1] & 0xf;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

const STEP_MS = 30_000;

/**
 * Codes that have not been used yet: the API accepts each time step once per account, so a test
 * that logs the same account in twice within 30 s takes the next step's code (the API accepts one
 * step of clock drift), and waits for a later step when that one is used too.
 */
export class UnusedTotpCodes {
  private readonly lastStep = new Map<string, number>();

  /** `file`: keep the used steps there too, so that test files run one after another share them. */
  constructor(private readonly file?: string) {}

  async next(account: string, secretBase32: string): Promise<string> {
    const shared =
      this.file && existsSync(this.file)
        ? (JSON.parse(readFileSync(this.file, 'utf8')) as Record<string, number>)
        : {};
    const used = Math.max(this.lastStep.get(account) ?? -1, shared[account] ?? -1);
    const now = Math.floor(Date.now() / STEP_MS);
    const step = Math.max(now, used + 1);
    if (step > now + 1)
      await new Promise((done) => setTimeout(done, (step - 1) * STEP_MS - Date.now() + 200));
    this.lastStep.set(account, step);
    if (this.file) writeFileSync(this.file, JSON.stringify({ ...shared, [account]: step }));
    return totpCode(secretBase32, step * STEP_MS);
  }
}
