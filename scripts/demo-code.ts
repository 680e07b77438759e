/** Prints the current TOTP code of the demo professionals (demo mode only; see README). */
import { authenticator } from 'otplib';
import { DEMO_TOTP_SECRET } from '../apps/api/src/database/seed/demo-accounts';

console.log(authenticator.generate(DEMO_TOTP_SECRET));
