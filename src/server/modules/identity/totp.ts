// TOTP (RFC 6238) as authenticator apps do it: SHA-1, 6 digits, 30 seconds (otpauth's defaults,
// the only ones every app supports). A code of the step before or after is accepted for clock drift.
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';

const ISSUER = 'eenplan';
const PERIOD_SECONDS = 30;
const DRIFT_STEPS = 1;

function totpOf(secret: string, label = '') {
  return new TOTP({ issuer: ISSUER, label, secret: Secret.fromBase32(secret), period: PERIOD_SECONDS });
}

/** 160 random bits, the size RFC 4226 recommends for SHA-1. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function otpauthUri(secret: string, accountName: string): string {
  return totpOf(secret, accountName).toString();
}

/** The QR code of the otpauth URI, drawn here: the secret never goes to a QR service. */
export function qrCodeSvg(uri: string): Promise<string> {
  return QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

/** The time step a code belongs to, or null when it matches none near `now`. */
export function totpStepOf(secret: string, code: string, now: Date): number | null {
  const delta = totpOf(secret).validate({ token: code, timestamp: now.getTime(), window: DRIFT_STEPS });
  if (delta === null) return null;
  return Math.floor(now.getTime() / 1000 / PERIOD_SECONDS) + delta;
}
