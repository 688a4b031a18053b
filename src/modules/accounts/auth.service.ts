import QRCode from 'qrcode';
import type { Actor, Role } from '../../platform/access';
import { type AuditSource, recordAudit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { decryptText, encryptText, hashToken, lookupHash, maskPhone, randomToken } from '../../platform/crypto';
import { AppError } from '../../platform/errors';
import { normalisePhone, PHONE_PATTERN } from '../../platform/validation';
import * as repo from './accounts.repository';
import type { SessionResponse } from './accounts.schemas';
import { toMe } from './accounts.views';
import { checkPasswordPolicy, hashPassword, verifyAgainstDummy, verifyPassword } from './password';
import { acceptTotp, newTotpSecret, totpUri } from './totp';

export const SESSION_IDLE_MS = 30 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
export const LOCKOUT_ATTEMPTS = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;
/** Writing last-seen on every request would make every read a write; once a minute is precise enough. */
const TOUCH_INTERVAL_MS = 60 * 1000;
export const PRIVACY_POLICY_VERSION = '2024-01';

const STAFF_ROLES_NEEDING_TOTP: readonly Role[] = ['operator', 'government'];

export type ClientInfo = { ip: string; userAgent: string | undefined };

export type LoginResult = SessionResponse & { sessionToken: string };

type Restriction = SessionResponse['restriction'];

function phoneHashOf(ctx: AppContext, login: string): string | null {
  const phone = normalisePhone(login);
  return PHONE_PATTERN.test(phone) ? lookupHash(ctx.keys, 'phone', phone) : null;
}

/** How the login name appears in the audit log: a phone number is personal information, so masked. */
function loginLabel(login: string): string {
  const phone = normalisePhone(login);
  return PHONE_PATTERN.test(phone) ? maskPhone(phone) : login.slice(0, 64);
}

export async function login(
  ctx: AppContext,
  input: { login: string; password: string; totp?: string | undefined },
  client: ClientInfo,
  now = new Date(),
): Promise<LoginResult> {
  const label = loginLabel(input.login);
  const source: AuditSource = { actor: null, ip: client.ip, label };
  const account = await repo.findAccountByLogin(ctx.db, {
    username: input.login.toLowerCase(),
    email: input.login.toLowerCase(),
    phoneHash: phoneHashOf(ctx, input.login),
  });
  const fail = async (reason: string, error: AppError): Promise<never> => {
    await recordAudit(ctx.db, source, {
      action: 'auth.login_failed',
      entityType: 'account',
      entityId: account?.id ?? null,
      organisationId: account?.organisationId ?? null,
      after: { reason },
    });
    throw error;
  };

  if (!account) {
    await verifyAgainstDummy(input.password);
    return fail('unknown_account', new AppError('invalid_credentials'));
  }
  if (account.lockedUntil && account.lockedUntil > now) {
    const minutes = Math.ceil((account.lockedUntil.getTime() - now.getTime()) / 60000);
    return fail('locked', new AppError('account_locked', { params: { minutes } }));
  }
  if (!(await verifyPassword(account.passwordHash, input.password))) {
    const after = await repo.recordFailedLogin(ctx.db, account.id, LOCKOUT_ATTEMPTS, new Date(now.getTime() + LOCKOUT_MS));
    if (after.lockedUntil && after.lockedUntil > now) {
      return fail('wrong_password_locked', new AppError('account_locked', { params: { minutes: LOCKOUT_MS / 60000 } }));
    }
    return fail('wrong_password', new AppError('invalid_credentials'));
  }
  if (!account.isActive) return fail('disabled', new AppError('account_disabled'));
  let totpStep: number | null = null;
  if (account.isTotpEnabled) {
    if (!input.totp) return fail('totp_missing', new AppError('totp_required'));
    const secret = account.totpSecretEnc ? decryptText(ctx.keys, account.totpSecretEnc) : '';
    totpStep = acceptTotp(secret, input.totp, account.totpLastStep, now.getTime());
    if (totpStep === null) {
      await repo.recordFailedLogin(ctx.db, account.id, LOCKOUT_ATTEMPTS, new Date(now.getTime() + LOCKOUT_MS));
      return fail('totp_wrong', new AppError('totp_invalid'));
    }
  }

  let restriction: Restriction = null;
  if (ctx.config.requireTotpForStaff && STAFF_ROLES_NEEDING_TOTP.includes(account.role as Role) && !account.isTotpEnabled) {
    restriction = 'totp_enrollment';
  } else if (
    ctx.config.passwordMaxAgeDays > 0 &&
    now.getTime() - account.passwordChangedAt.getTime() > ctx.config.passwordMaxAgeDays * 86400000
  ) {
    restriction = 'password_change';
  }

  const token = randomToken();
  const csrfToken = randomToken(24);
  const updated = await ctx.db.transaction(async (tx) => {
    const row = await repo.updateAccount(tx, account.id, {
      failedLogins: 0,
      lockedUntil: null,
      lastLoginAt: now,
      ...(totpStep === null ? {} : { totpLastStep: totpStep }),
    });
    await repo.insertSession(tx, {
      id: hashToken(token),
      accountId: account.id,
      csrfToken,
      restriction,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS),
      ip: client.ip,
      userAgent: client.userAgent?.slice(0, 300) ?? null,
    });
    await recordAudit(
      tx,
      { actor: { accountId: account.id, username: account.username, zoneId: account.zoneId }, ip: client.ip },
      { action: 'auth.login', entityType: 'account', entityId: account.id, organisationId: account.organisationId, after: { restriction } },
    );
    return row;
  });
  const withOrg = await repo.getAccountWithOrganisation(ctx.db, updated.id);
  return { sessionToken: token, csrfToken, restriction, account: toMe(ctx.keys, updated, withOrg?.organisationName ?? null) };
}

/** Resolves the session cookie to an actor, enforcing the idle and absolute timeouts. */
export async function resolveSession(
  ctx: AppContext,
  token: string,
  now = new Date(),
): Promise<{ actor: Actor } | { expired: true } | null> {
  const found = await repo.getSessionWithAccount(ctx.db, hashToken(token));
  if (!found) return null;
  const { session, account } = found;
  if (session.expiresAt <= now || now.getTime() - session.lastSeenAt.getTime() > SESSION_IDLE_MS) {
    await repo.deleteSession(ctx.db, session.id);
    return { expired: true };
  }
  if (!account || !account.isActive) {
    await repo.deleteSession(ctx.db, session.id);
    return { expired: true };
  }
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) await repo.touchSession(ctx.db, session.id, now);
  return {
    actor: {
      accountId: account.id,
      username: account.username,
      displayName: account.displayName,
      role: account.role as Role,
      organisationId: account.organisationId,
      zoneId: account.zoneId,
      sessionId: session.id,
      csrfToken: session.csrfToken,
      restriction: session.restriction as Restriction,
    },
  };
}

export async function getMe(ctx: AppContext, actor: Actor): Promise<SessionResponse> {
  const found = await repo.getAccountWithOrganisation(ctx.db, actor.accountId);
  if (!found) throw new AppError('unauthenticated');
  return { account: toMe(ctx.keys, found.account, found.organisationName), csrfToken: actor.csrfToken, restriction: actor.restriction };
}

export async function logout(ctx: AppContext, actor: Actor, source: AuditSource): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await repo.deleteSession(tx, actor.sessionId);
    await recordAudit(tx, source, { action: 'auth.logout', entityType: 'account', entityId: actor.accountId });
  });
}

export async function registerSeeker(
  ctx: AppContext,
  input: { displayName: string; phone: string; password: string; email?: string | undefined },
  client: ClientInfo,
): Promise<LoginResult> {
  const phoneHash = lookupHash(ctx.keys, 'phone', input.phone);
  const taken = await repo.findTakenKeys(ctx.db, { email: input.email ?? null, phoneHash });
  const fields = [];
  if (taken.phone) fields.push({ path: 'phone', message: 'phone.taken' as const });
  if (taken.email) fields.push({ path: 'email', message: 'email.taken' as const });
  const policy = checkPasswordPolicy(input.password, 'password');
  if (policy) fields.push(policy);
  if (fields.length) throw new AppError('validation_failed', { fields });

  const passwordHash = await hashPassword(input.password);
  await ctx.db.transaction(async (tx) => {
    const account = await repo.insertAccount(tx, {
      username: `s${randomToken(9).toLowerCase().replace(/[^a-z0-9]/g, '0')}`,
      displayName: input.displayName,
      email: input.email ?? null,
      phoneEnc: encryptText(ctx.keys, input.phone),
      phoneHash,
      role: 'seeker',
      passwordHash,
      privacyPolicyVersion: PRIVACY_POLICY_VERSION,
      privacyAcceptedAt: new Date(),
    });
    await recordAudit(
      tx,
      { actor: { accountId: account.id, username: account.username, zoneId: null }, ip: client.ip },
      { action: 'account.register', entityType: 'account', entityId: account.id, after: { displayName: account.displayName, role: 'seeker', privacyPolicyVersion: PRIVACY_POLICY_VERSION } },
    );
  });
  return login(ctx, { login: input.phone, password: input.password }, client);
}

export async function changePassword(
  ctx: AppContext,
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
  source: AuditSource,
): Promise<void> {
  const account = await repo.getAccountById(ctx.db, actor.accountId);
  if (!account) throw new AppError('unauthenticated');
  if (!(await verifyPassword(account.passwordHash, input.currentPassword))) {
    throw new AppError('validation_failed', { fields: [{ path: 'currentPassword', message: 'password.wrong_current' }] });
  }
  const policy = checkPasswordPolicy(input.newPassword, 'newPassword', account.username);
  if (policy) throw new AppError('validation_failed', { fields: [policy] });
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction(async (tx) => {
    await repo.updateAccount(tx, account.id, { passwordHash, passwordChangedAt: new Date() });
    // Other sessions may belong to whoever knew the old password.
    await repo.deleteSessionsOfAccount(tx, account.id, actor.sessionId);
    if (actor.restriction === 'password_change') await repo.updateSessionRestriction(tx, actor.sessionId, null);
    await recordAudit(tx, source, { action: 'account.password_change', entityType: 'account', entityId: account.id });
  });
}

export async function setUpTotp(ctx: AppContext, actor: Actor): Promise<{ secret: string; otpauthUrl: string; qrDataUrl: string }> {
  const account = await repo.getAccountById(ctx.db, actor.accountId);
  if (!account) throw new AppError('unauthenticated');
  if (account.isTotpEnabled) throw new AppError('conflict');
  const secret = newTotpSecret();
  await repo.updateAccount(ctx.db, account.id, { totpSecretEnc: encryptText(ctx.keys, secret) });
  const otpauthUrl = totpUri(secret, account.username);
  return { secret, otpauthUrl, qrDataUrl: await QRCode.toDataURL(otpauthUrl, { margin: 1, width: 240 }) };
}

export async function enableTotp(ctx: AppContext, actor: Actor, code: string, source: AuditSource): Promise<void> {
  const account = await repo.getAccountById(ctx.db, actor.accountId);
  if (!account?.totpSecretEnc) throw new AppError('validation_failed', { fields: [{ path: 'code', message: 'totp_invalid' }] });
  const step = acceptTotp(decryptText(ctx.keys, account.totpSecretEnc), code, null);
  if (step === null) throw new AppError('validation_failed', { fields: [{ path: 'code', message: 'totp_invalid' }] });
  await ctx.db.transaction(async (tx) => {
    await repo.updateAccount(tx, account.id, { isTotpEnabled: true, totpLastStep: step });
    if (actor.restriction === 'totp_enrollment') await repo.updateSessionRestriction(tx, actor.sessionId, null);
    await recordAudit(tx, source, { action: 'account.totp_enable', entityType: 'account', entityId: account.id });
  });
}

export async function disableTotp(
  ctx: AppContext,
  actor: Actor,
  input: { password: string; code: string },
  source: AuditSource,
): Promise<void> {
  if (ctx.config.requireTotpForStaff && STAFF_ROLES_NEEDING_TOTP.includes(actor.role)) throw new AppError('forbidden');
  const account = await repo.getAccountById(ctx.db, actor.accountId);
  if (!account?.isTotpEnabled || !account.totpSecretEnc) throw new AppError('conflict');
  if (!(await verifyPassword(account.passwordHash, input.password))) {
    throw new AppError('validation_failed', { fields: [{ path: 'password', message: 'password.wrong_current' }] });
  }
  if (acceptTotp(decryptText(ctx.keys, account.totpSecretEnc), input.code, account.totpLastStep) === null) {
    throw new AppError('validation_failed', { fields: [{ path: 'code', message: 'totp_invalid' }] });
  }
  await ctx.db.transaction(async (tx) => {
    await repo.updateAccount(tx, account.id, { isTotpEnabled: false, totpSecretEnc: null, totpLastStep: null });
    await recordAudit(tx, source, { action: 'account.totp_disable', entityType: 'account', entityId: account.id });
  });
}
