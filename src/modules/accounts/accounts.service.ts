import type { Actor, Role } from '../../platform/access';
import { type AuditSource, changedFields, recordAudit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { encryptText, lookupHash } from '../../platform/crypto';
import { AppError, type FieldIssue, type ZodIssueLike, zodIssueToField } from '../../platform/errors';
import * as orgService from '../organisations/organisations.service';
import { findOrganisationByCodeOrName, type OrganisationRow } from '../organisations/organisations.repository';
import * as repo from './accounts.repository';
import { type AccountView, type CreateStaffInput, createStaffBody, type UpdateAccountInput } from './accounts.schemas';
import { accountAuditView, toAccountView } from './accounts.views';
import { checkPasswordPolicy, hashPassword } from './password';

/** The roles an organisation's accounts may have follow from the organisation's type. */
export function rolesForOrganisationType(type: string): Role[] {
  if (type === 'operator') return ['operator'];
  if (type === 'government') return ['government'];
  return ['org_admin', 'org_staff'];
}

/** Operators manage every organisation's accounts in their zone; an org_admin only their own organisation's. */
async function getManageableOrganisation(ctx: AppContext, actor: Actor, organisationId: string): Promise<OrganisationRow> {
  const org = await orgService.getVisibleOrganisation(ctx, actor, organisationId);
  if (actor.role === 'operator') return org;
  if (actor.role === 'org_admin' && actor.organisationId === org.id) return org;
  throw new AppError('forbidden');
}

async function getManageableAccount(ctx: AppContext, actor: Actor, accountId: string) {
  const account = await repo.getAccountById(ctx.db, accountId);
  if (!account?.organisationId) throw new AppError('not_found');
  try {
    const org = await getManageableOrganisation(ctx, actor, account.organisationId);
    return { account, org };
  } catch (error) {
    // Another organisation's account is reported as missing, not as forbidden, so ids cannot be probed.
    if (error instanceof AppError && (error.code === 'forbidden' || error.code === 'not_found')) throw new AppError('not_found');
    throw error;
  }
}

export async function findStaff(ctx: AppContext, actor: Actor, organisationId: string): Promise<AccountView[]> {
  await getManageableOrganisation(ctx, actor, organisationId);
  const rows = await repo.findAccountsOfOrganisation(ctx.db, organisationId);
  return rows.map((row) => toAccountView(ctx.keys, row));
}

async function uniquenessIssues(
  ctx: AppContext,
  keys: { username?: string; email?: string | null; phoneHash?: string | null },
  exceptId?: string,
): Promise<FieldIssue[]> {
  const taken = await repo.findTakenKeys(ctx.db, keys, exceptId);
  const issues: FieldIssue[] = [];
  if (taken.username) issues.push({ path: 'username', message: 'username.taken' });
  if (taken.email) issues.push({ path: 'email', message: 'email.taken' });
  if (taken.phone) issues.push({ path: 'phone', message: 'phone.taken' });
  return issues;
}

export async function createStaff(
  ctx: AppContext,
  actor: Actor,
  organisationId: string,
  input: CreateStaffInput,
  source: AuditSource,
): Promise<AccountView> {
  const org = await getManageableOrganisation(ctx, actor, organisationId);
  if (!org.isActive) throw new AppError('validation_failed', { fields: [{ path: 'organisationId', message: 'organisation.inactive' }] });
  const allowedRoles = rolesForOrganisationType(org.type);
  const phoneHash = input.phone ? lookupHash(ctx.keys, 'phone', input.phone) : null;
  const issues = await uniquenessIssues(ctx, { username: input.username, email: input.email ?? null, phoneHash });
  if (!allowedRoles.includes(input.role)) issues.push({ path: 'role', message: 'field.invalid_value', params: { options: allowedRoles.join(', ') } });
  const policy = checkPasswordPolicy(input.password, 'password', input.username);
  if (policy) issues.push(policy);
  if (issues.length) throw new AppError('validation_failed', { fields: issues });
  const passwordHash = await hashPassword(input.password);
  const created = await ctx.db.transaction(async (tx) => {
    const row = await repo.insertAccount(tx, {
      username: input.username,
      displayName: input.displayName,
      email: input.email ?? null,
      phoneEnc: input.phone ? encryptText(ctx.keys, input.phone) : null,
      phoneHash,
      role: input.role,
      organisationId: org.id,
      zoneId: org.zoneId,
      passwordHash,
    });
    await recordAudit(tx, source, {
      action: 'account.create',
      entityType: 'account',
      entityId: row.id,
      organisationId: org.id,
      after: accountAuditView(row),
    });
    return row;
  });
  return toAccountView(ctx.keys, created);
}

export async function updateStaff(
  ctx: AppContext,
  actor: Actor,
  accountId: string,
  input: UpdateAccountInput,
  source: AuditSource,
): Promise<AccountView> {
  const { account, org } = await getManageableAccount(ctx, actor, accountId);
  const issues: FieldIssue[] = [];
  if (accountId === actor.accountId) {
    // Nobody removes their own access by accident.
    if (input.role !== undefined && input.role !== account.role) issues.push({ path: 'role', message: 'field.invalid' });
    if (input.isActive === false) issues.push({ path: 'isActive', message: 'field.invalid' });
  }
  const allowedRoles = rolesForOrganisationType(org.type);
  if (input.role && !allowedRoles.includes(input.role)) {
    issues.push({ path: 'role', message: 'field.invalid_value', params: { options: allowedRoles.join(', ') } });
  }
  const phoneHash = input.phone ? lookupHash(ctx.keys, 'phone', input.phone) : input.phone;
  issues.push(...(await uniquenessIssues(ctx, { email: input.email ?? null, phoneHash: phoneHash ?? null }, accountId)));
  if (issues.length) throw new AppError('validation_failed', { fields: issues });

  const patch: Parameters<typeof repo.updateAccount>[2] = {};
  if (input.displayName !== undefined) patch.displayName = input.displayName;
  if (input.email !== undefined) patch.email = input.email;
  if (input.phone !== undefined) {
    patch.phoneEnc = input.phone ? encryptText(ctx.keys, input.phone) : null;
    patch.phoneHash = phoneHash ?? null;
  }
  if (input.role !== undefined) patch.role = input.role;
  if (input.isActive !== undefined) patch.isActive = input.isActive;
  const updated = await ctx.db.transaction(async (tx) => {
    const row = await repo.updateAccount(tx, accountId, patch);
    if (input.isActive === false) await repo.deleteSessionsOfAccount(tx, accountId);
    const diff = changedFields(accountAuditView(account), accountAuditView(row));
    await recordAudit(tx, source, { action: 'account.update', entityType: 'account', entityId: accountId, organisationId: org.id, ...diff });
    return row;
  });
  return toAccountView(ctx.keys, updated);
}

export async function resetStaffPassword(
  ctx: AppContext,
  actor: Actor,
  accountId: string,
  password: string,
  source: AuditSource,
): Promise<void> {
  const { account, org } = await getManageableAccount(ctx, actor, accountId);
  const policy = checkPasswordPolicy(password, 'password', account.username);
  if (policy) throw new AppError('validation_failed', { fields: [policy] });
  const passwordHash = await hashPassword(password);
  await ctx.db.transaction(async (tx) => {
    await repo.updateAccount(tx, accountId, { passwordHash, passwordChangedAt: new Date(), failedLogins: 0, lockedUntil: null });
    await repo.deleteSessionsOfAccount(tx, accountId);
    await recordAudit(tx, source, { action: 'account.password_reset', entityType: 'account', entityId: accountId, organisationId: org.id });
  });
}

/**
 * Creates any kind of account outside a signed-in request (the `qiao create-user` command and the
 * demo data): the same validation and password policy as the API, with the organisation named by
 * credit code or full name.
 */
export async function createAccount(
  ctx: AppContext,
  input: {
    username: string;
    password: string;
    role: Role;
    displayName: string;
    organisation?: string | undefined;
    email?: string | undefined;
    phone?: string | undefined;
  },
  source: AuditSource,
): Promise<AccountView> {
  const parsed = createStaffBody.safeParse({
    username: input.username,
    password: input.password,
    role: input.role,
    displayName: input.displayName,
    email: input.email,
    phone: input.phone,
  });
  if (!parsed.success) {
    throw new AppError('validation_failed', { fields: parsed.error.issues.map((issue) => zodIssueToField(issue as unknown as ZodIssueLike)) });
  }
  const data = parsed.data;
  const issues: FieldIssue[] = [];
  let org: OrganisationRow | undefined;
  if (data.role === 'seeker') {
    if (input.organisation) issues.push({ path: 'organisation', message: 'field.invalid' });
  } else {
    org = input.organisation ? await findOrganisationByCodeOrName(ctx.db, input.organisation) : undefined;
    if (!org) issues.push({ path: 'organisation', message: 'organisation.role_needs_org' });
    else if (!rolesForOrganisationType(org.type).includes(data.role)) {
      issues.push({ path: 'role', message: 'field.invalid_value', params: { options: rolesForOrganisationType(org.type).join(', ') } });
    }
  }
  const phoneHash = data.phone ? lookupHash(ctx.keys, 'phone', data.phone) : null;
  issues.push(...(await uniquenessIssues(ctx, { username: data.username, email: data.email ?? null, phoneHash })));
  const policy = checkPasswordPolicy(data.password, 'password', data.username);
  if (policy) issues.push(policy);
  if (issues.length) throw new AppError('validation_failed', { fields: issues });
  const passwordHash = await hashPassword(data.password);
  const created = await ctx.db.transaction(async (tx) => {
    const row = await repo.insertAccount(tx, {
      username: data.username,
      displayName: data.displayName,
      email: data.email ?? null,
      phoneEnc: data.phone ? encryptText(ctx.keys, data.phone) : null,
      phoneHash,
      role: data.role,
      organisationId: org?.id ?? null,
      zoneId: org?.zoneId ?? null,
      passwordHash,
    });
    await recordAudit(tx, source, {
      action: 'account.create',
      entityType: 'account',
      entityId: row.id,
      organisationId: org?.id ?? null,
      after: accountAuditView(row),
    });
    return row;
  });
  return toAccountView(ctx.keys, created);
}
