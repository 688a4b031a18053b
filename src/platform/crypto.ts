import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

/** Keys derived from QIAO_SECRET, one per purpose, so that no key is used for two things. */
export type Keys = {
  encryption: Buffer;
  lookup: Buffer;
  signing: Buffer;
};

export function deriveKeys(secret: string): Keys {
  const derive = (info: string) => Buffer.from(hkdfSync('sha256', secret, 'qiao', info, 32));
  return { encryption: derive('aes-256-gcm'), lookup: derive('lookup-hmac'), signing: derive('signing') };
}

const IV_BYTES = 12;
const TAG_BYTES = 16;

/** AES-256-GCM; the result is base64 of iv ‖ tag ‖ ciphertext. */
export function encryptText(keys: Keys, plain: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', keys.encryption, iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
}

export function decryptText(keys: Keys, sealed: string): string {
  const raw = Buffer.from(sealed, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', keys.encryption, raw.subarray(0, IV_BYTES));
  decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
}

/** Keyed hash for looking up and de-duplicating personal data without storing it in clear. */
export function lookupHash(keys: Keys, kind: string, value: string): string {
  return createHmac('sha256', keys.lookup).update(`${kind}:${value}`).digest('base64url');
}

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function hashToken(token: string): string {
  return createHmac('sha256', 'qiao-session').update(token).digest('base64url');
}

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function maskPhone(phone: string): string {
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****';
}
