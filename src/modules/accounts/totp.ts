import * as OTPAuth from 'otpauth';

const ISSUER = 'Qiao 桥';

function build(secretBase32: string, label: string): OTPAuth.TOTP {
  return new OTPAuth.TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: OTPAuth.Secret.fromBase32(secretBase32),
  });
}

export function newTotpSecret(): string {
  return new OTPAuth.Secret({ size: 20 }).base32;
}

export function totpUri(secretBase32: string, label: string): string {
  return build(secretBase32, label).toString();
}

const PERIOD_MS = 30000;

/**
 * Accepts the current code and one step either side, for clocks that drift. Returns the time
 * step the code belongs to (to refuse its replay), or null when the code is wrong or not newer
 * than `lastStep`.
 */
export function acceptTotp(secretBase32: string, code: string, lastStep: number | null, at = Date.now()): number | null {
  const delta = build(secretBase32, 'check').validate({ token: code, timestamp: at, window: 1 });
  if (delta === null) return null;
  const step = Math.floor(at / PERIOD_MS) + delta;
  return lastStep !== null && step <= lastStep ? null : step;
}

export function totpCode(secretBase32: string, at = Date.now()): string {
  return build(secretBase32, 'code').generate({ timestamp: at });
}
