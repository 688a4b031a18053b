import { hash, verify } from '@node-rs/argon2';
import type { FieldIssue } from '../../platform/errors';
import { COMMON_PASSWORDS } from './common-passwords';

// argon2id with OWASP's recommended minimum cost (19 MiB, 2 passes).
const ARGON2 = { memoryCost: 19456, timeCost: 2, parallelism: 1, algorithm: 2 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash to verify against when the account does not exist, so timing does not reveal it. */
let dummyHash: Promise<string> | undefined;
export async function verifyAgainstDummy(password: string): Promise<void> {
  dummyHash ??= hashPassword('qiao-dummy-password-for-timing');
  await verifyPassword(await dummyHash, password);
}

const CLASSES = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/];

function isCommon(password: string): boolean {
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) return true;
  // "Password123!" is as weak as "password": strip the digits and symbols people append or prepend.
  const core = lower.replace(/^[^a-z]+|[^a-z]+$/g, '');
  return core.length >= 4 && COMMON_PASSWORDS.has(core);
}

/** The password policy: ≥ 8 characters from 3 of 4 classes, not common, not containing the user name. */
export function checkPasswordPolicy(password: string, path: string, username?: string): FieldIssue | null {
  if (password.length < 8) return { path, message: 'password.too_short' };
  if (CLASSES.filter((re) => re.test(password)).length < 3) return { path, message: 'password.classes' };
  if (isCommon(password)) return { path, message: 'password.common' };
  if (username && username.length >= 3 && password.toLowerCase().includes(username.toLowerCase())) {
    return { path, message: 'password.same_as_username' };
  }
  return null;
}
