import { describe, expect, it } from 'vitest';
import { acceptTotp, newTotpSecret, totpCode } from './totp';

describe('TOTP', () => {
  const secret = newTotpSecret();
  const now = Date.UTC(2024, 0, 1, 8, 0, 10);

  it('accepts the current code and its neighbours, not older ones', () => {
    const step = Math.floor(now / 30000);
    expect(acceptTotp(secret, totpCode(secret, now), null, now)).toBe(step);
    expect(acceptTotp(secret, totpCode(secret, now - 30000), null, now)).toBe(step - 1);
    expect(acceptTotp(secret, totpCode(secret, now - 90000), null, now)).toBeNull();
  });

  it('refuses a code whose step was already used', () => {
    const step = acceptTotp(secret, totpCode(secret, now), null, now);
    expect(acceptTotp(secret, totpCode(secret, now), step, now)).toBeNull();
    expect(acceptTotp(secret, totpCode(secret, now + 30000), step, now)).toBe((step ?? 0) + 1);
  });
});
