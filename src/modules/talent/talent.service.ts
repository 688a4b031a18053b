import type { Actor } from '../../platform/access';
import { type AuditEntry, type AuditSource, recordAudit, recordAuditMany } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import type { DbOrTx } from '../../platform/db';
import { decryptText, encryptText, lookupHash } from '../../platform/crypto';
import { AppError, type FieldIssue } from '../../platform/errors';
import { findIdNumberProblem, normaliseIdNumber } from '../../platform/id-number';
import { normalisePhone, PHONE_PATTERN } from '../../platform/validation';
import * as accountsRepo from '../accounts/accounts.repository';
import { findZones } from '../organisations/organisations.repository';
import * as matchingRepo from '../matching/matching.repository';
import type { NotificationKind } from '../notifications/notifications.codes';
import * as notificationsRepo from '../notifications/notifications.repository';
import { renderNotificationText } from '../notifications/notifications.service';
import * as consultationsRepo from '../consultations/consultations.repository';
import { hasActiveConsent, recordConsent, withdrawConsentRows } from './consent';
import { getOperatorSeeker, getOwnSeeker, getVisibleSeeker } from './talent.access';
import { ERASED_NAME } from './talent.codes';
import * as repo from './talent.repository';
import type { NewSeekerRow, SeekerRow } from './talent.repository';
import { checkProfileRules, pickSeekerZone, withIdNumberFacts } from './talent.rules';
import type {
  CreateSeekerInput,
  MyData,
  ProfileInput,
  PutProfileInput,
  SeekerFilters,
  SeekerSummary,
  SeekerView,
  UpdateSeekerInput,
} from './talent.schemas';
import { changedProfileFields, sealDisability, toConsentView, toSeekerSummary, toSeekerView, unsealPersonalData } from './talent.views';

/** Keyed-hash kinds shared with the résumé importer: the same value always finds the same profile. */
export const ID_NUMBER_HASH_KIND = 'id_number';
export const PHONE_HASH_KIND = 'phone';

export function idNumberHashOf(ctx: AppContext, idNumber: string): string {
  return lookupHash(ctx.keys, ID_NUMBER_HASH_KIND, idNumber);
}

export function phoneHashOf(ctx: AppContext, phone: string): string {
  return lookupHash(ctx.keys, PHONE_HASH_KIND, phone);
}

async function viewWithConsents(ctx: AppContext, row: SeekerRow): Promise<SeekerView> {
  return toSeekerView(ctx.keys, row, await repo.findConsentsOfSeeker(ctx.db, row.id));
}

function erasedConflict(): AppError {
  return new AppError('conflict', { fields: [{ path: 'id', message: 'seeker.erased' }] });
}

/** The plain (unsealed) columns a save sets, with the table's null for "none". */
function plainColumns(input: ProfileInput): Partial<NewSeekerRow> {
  const patch: Partial<NewSeekerRow> = {};
  const set = <K extends keyof NewSeekerRow>(key: K, value: NewSeekerRow[K] | undefined) => {
    if (value !== undefined) patch[key] = value;
  };
  set('name', input.name);
  set('gender', input.gender);
  set('birthDate', input.birthDate);
  set('email', input.email);
  set('educationLevel', input.educationLevel);
  set('school', input.school);
  set('major', input.major);
  set('graduationOn', input.graduationOn);
  set(
    'education',
    input.education?.map((e) => ({ school: e.school, major: e.major ?? null, level: e.level, startOn: e.startOn ?? null, endOn: e.endOn ?? null })),
  );
  set(
    'experience',
    input.experience?.map((e) => ({
      employer: e.employer,
      title: e.title,
      startOn: e.startOn ?? null,
      endOn: e.endOn ?? null,
      description: e.description ?? null,
    })),
  );
  set('skills', input.skills);
  set('experienceYears', input.experienceYears);
  set('preferredRegions', input.preferredRegions);
  set('expectedSalaryMin', input.expectedSalaryMin);
  set('expectedSalaryMax', input.expectedSalaryMax);
  set('availableFrom', input.availableFrom);
  set('summary', input.summary);
  return patch;
}

type SaveOptions = {
  /** The profile before the save; null to create one. */
  current: SeekerRow | null;
  input: ProfileInput;
  version?: number | undefined;
  /** Columns of a new profile that the input does not carry. */
  create?: Pick<NewSeekerRow, 'accountId' | 'zoneId' | 'source' | 'createdBy'>;
  /** The operator who recorded a consent given in person; null when the seeker gave it. */
  recordedBy: string | null;
};

/**
 * The one path every profile write takes: cross-field rules, the consent that disability data
 * needs, de-duplication by keyed hash, sealing, optimistic versioning and the audit entry.
 */
async function saveProfile(ctx: AppContext, source: AuditSource, options: SaveOptions): Promise<SeekerRow> {
  const { current, recordedBy } = options;
  if (current?.erasedAt) throw erasedConflict();
  const personal = current ? unsealPersonalData(ctx.keys, current) : { idNumber: null, phone: null, disability: null };
  const idNumber = options.input.idNumber === undefined ? personal.idNumber : options.input.idNumber;
  // Birth date and gender follow from the ID number (stored or new) wherever the save leaves them empty.
  const facts = withIdNumberFacts({
    idNumber,
    birthDate: options.input.birthDate === undefined ? current?.birthDate : options.input.birthDate,
    gender: options.input.gender === undefined ? (current?.gender as ProfileInput['gender']) : options.input.gender,
  });
  const input: ProfileInput = { ...options.input, birthDate: facts.birthDate, gender: facts.gender };
  const merged = {
    ...input,
    idNumber,
    expectedSalaryMin: input.expectedSalaryMin === undefined ? current?.expectedSalaryMin : input.expectedSalaryMin,
    expectedSalaryMax: input.expectedSalaryMax === undefined ? current?.expectedSalaryMax : input.expectedSalaryMax,
  };
  const issues: FieldIssue[] = checkProfileRules(merged);
  const consentGiven = input.disabilityConsent === true;
  const hasDisabilityConsent = current ? await hasActiveConsent(ctx.db, current.id, 'sensitive_disability') : false;
  if (input.disability && !consentGiven && !hasDisabilityConsent) issues.push({ path: 'disability', message: 'disability.consent_required' });
  if (current && options.version === undefined) issues.push({ path: 'version', message: 'field.required' });
  if (issues.length) throw new AppError('validation_failed', { fields: issues });

  const idNumberHash = input.idNumber ? idNumberHashOf(ctx, input.idNumber) : null;
  const phoneHash = input.phone ? phoneHashOf(ctx, input.phone) : null;
  const taken = await repo.findTakenPersonalKeys(ctx.db, { idNumberHash, phoneHash }, current?.id);
  const conflicts: FieldIssue[] = [];
  if (taken.idNumber) conflicts.push({ path: 'idNumber', message: 'id_number.taken' });
  if (taken.phone) conflicts.push({ path: 'phone', message: 'seeker.phone_taken' });
  if (conflicts.length) throw new AppError('conflict', { fields: conflicts });

  const patch = plainColumns(input);
  if (input.idNumber !== undefined) {
    patch.idNumberEnc = input.idNumber ? encryptText(ctx.keys, input.idNumber) : null;
    patch.idNumberHash = idNumberHash;
  }
  if (input.phone !== undefined) {
    patch.phoneEnc = input.phone ? encryptText(ctx.keys, input.phone) : null;
    patch.phoneHash = phoneHash;
  }
  if (input.disability !== undefined) {
    const unchanged = input.disability !== null && personal.disability !== null && JSON.stringify(personal.disability) === JSON.stringify({
      hasDisability: input.disability.hasDisability,
      category: input.disability.hasDisability ? (input.disability.category ?? null) : null,
      accommodation: input.disability.accommodation ?? null,
    });
    // Re-sealing an unchanged value would look like a change in the audit log.
    if (!unchanged) patch.disabilityEnc = input.disability ? sealDisability(ctx.keys, input.disability) : null;
  }

  const write = ctx.db.transaction(async (tx) => {
    let row: SeekerRow;
    if (current) {
      const updated = await repo.updateSeekerIfVersion(tx, current.id, options.version ?? 0, patch);
      if (!updated) throw new AppError('stale_version');
      row = updated;
    } else {
      if (!options.create || !patch.name) throw new Error('a new profile needs its creation columns and a name');
      row = await repo.insertSeeker(tx, { ...patch, name: patch.name, ...options.create });
    }
    if (consentGiven) await recordConsent(tx, source, row, { purpose: 'sensitive_disability', organisationId: null, recordedBy });
    const fields = changedProfileFields(current, row);
    if (!current || fields.length) {
      await recordAudit(tx, source, {
        action: current ? 'seeker.update' : 'seeker.create',
        entityType: 'seeker',
        entityId: row.id,
        after: current ? { fields } : { source: row.source, fields },
      });
    }
    return row;
  });
  try {
    return await write;
  } catch (error) {
    const index = repo.violatedUniqueIndex(error);
    if (index === null) throw error;
    const field = UNIQUE_INDEX_FIELDS[index];
    throw new AppError('conflict', field ? { fields: [field] } : {});
  }
}

/** What a save that lost a race against another tells its user. */
const UNIQUE_INDEX_FIELDS: Record<string, FieldIssue> = {
  seekers_id_number_hash_key: { path: 'idNumber', message: 'id_number.taken' },
  seekers_phone_hash_key: { path: 'phone', message: 'seeker.phone_taken' },
};

// The seeker's own profile ---------------------------------------------------------------------

export async function getMyProfile(ctx: AppContext, actor: Actor): Promise<SeekerView> {
  return viewWithConsents(ctx, await getOwnSeeker(ctx, actor));
}

/** Creates the profile on the first save (phone and e-mail default to the account's), replaces it after. */
export async function saveMyProfile(
  ctx: AppContext,
  actor: Actor,
  body: PutProfileInput,
  source: AuditSource,
): Promise<{ profile: SeekerView; created: boolean }> {
  const current = (await repo.getSeekerByAccountId(ctx.db, actor.accountId)) ?? null;
  const { version, ...fields } = body;
  // A PUT replaces: a plain field left out is cleared. Sealed fields cannot be echoed back masked, so absent keeps them.
  const input: ProfileInput = {
    ...fields,
    gender: fields.gender ?? null,
    birthDate: fields.birthDate ?? null,
    email: fields.email ?? null,
    educationLevel: fields.educationLevel ?? null,
    school: fields.school ?? null,
    major: fields.major ?? null,
    graduationOn: fields.graduationOn ?? null,
    expectedSalaryMin: fields.expectedSalaryMin ?? null,
    expectedSalaryMax: fields.expectedSalaryMax ?? null,
    availableFrom: fields.availableFrom ?? null,
    summary: fields.summary ?? null,
  };
  let create: SaveOptions['create'];
  if (!current) {
    const account = await accountsRepo.getAccountById(ctx.db, actor.accountId);
    if (!account) throw new AppError('unauthenticated');
    if (fields.phone === undefined) input.phone = account.phoneEnc ? decryptText(ctx.keys, account.phoneEnc) : null;
    if (fields.email === undefined) input.email = account.email;
    const zones = await findZones(ctx.db);
    create = { accountId: actor.accountId, zoneId: pickSeekerZone(zones, fields.preferredRegions), source: 'self', createdBy: actor.accountId };
  }
  const row = await saveProfile(ctx, source, { current, input, version, recordedBy: null, ...(create ? { create } : {}) });
  return { profile: await viewWithConsents(ctx, row), created: !current };
}

// Operators and enterprises --------------------------------------------------------------------

/** A full mobile or ID number in the search box is looked up by its keyed hash; anything else by text. */
export function seekerQueryOf(ctx: AppContext, zoneId: string, filters: SeekerFilters): repo.SeekerQuery {
  const query: repo.SeekerQuery = { zoneId, educationLevel: filters.educationLevel, source: filters.source };
  const q = filters.q;
  if (!q) return query;
  const asPhone = normalisePhone(q);
  const asId = normaliseIdNumber(q);
  if (PHONE_PATTERN.test(asPhone)) query.phoneHash = phoneHashOf(ctx, asPhone);
  else if (/^\d{17}[\dX]$/.test(asId) && !findIdNumberProblem(asId)) query.idNumberHash = idNumberHashOf(ctx, asId);
  else query.text = q;
  return query;
}

export function operatorZone(actor: Actor): string {
  if (actor.role !== 'operator' || !actor.zoneId) throw new AppError('forbidden');
  return actor.zoneId;
}

export async function findSeekers(
  ctx: AppContext,
  actor: Actor,
  filters: SeekerFilters,
  page: { page: number; pageSize: number },
): Promise<{ items: SeekerSummary[]; total: number; page: number; pageSize: number }> {
  const query = seekerQueryOf(ctx, operatorZone(actor), filters);
  const { rows, total } = await repo.findSeekers(ctx.db, query, { offset: (page.page - 1) * page.pageSize, limit: page.pageSize });
  return { items: rows.map((row) => toSeekerSummary(ctx.keys, row)), total, page: page.page, pageSize: page.pageSize };
}

/**
 * Masked in every case; operators also see the consents. Enterprises see the résumé only: the
 * disability consent covers processing by the pool, not handing sensitive data to employers.
 */
export async function getSeeker(ctx: AppContext, actor: Actor, id: string): Promise<SeekerView> {
  const row = await getVisibleSeeker(ctx, actor, id);
  if (actor.role === 'operator') return viewWithConsents(ctx, row);
  return { ...toSeekerView(ctx.keys, row), disability: null };
}

export async function createSeeker(ctx: AppContext, actor: Actor, body: CreateSeekerInput, source: AuditSource): Promise<SeekerView> {
  const zoneId = operatorZone(actor);
  const { source: seekerSource, ...input } = body;
  const row = await saveProfile(ctx, source, {
    current: null,
    input,
    create: { accountId: null, zoneId, source: seekerSource, createdBy: actor.accountId },
    recordedBy: actor.accountId,
  });
  return viewWithConsents(ctx, row);
}

export async function updateSeeker(ctx: AppContext, actor: Actor, id: string, body: UpdateSeekerInput, source: AuditSource): Promise<SeekerView> {
  const current = await getOperatorSeeker(ctx, actor, id);
  const { version, ...input } = body;
  const row = await saveProfile(ctx, source, { current, input, version, recordedBy: actor.accountId });
  return viewWithConsents(ctx, row);
}

/** The full ID number and phone, for operators holding 'seeker.personal_data'; every read is audited. */
export async function readPersonalData(
  ctx: AppContext,
  actor: Actor,
  id: string,
  source: AuditSource,
): Promise<{ idNumber: string | null; phone: string | null }> {
  const row = await getOperatorSeeker(ctx, actor, id);
  const { idNumber, phone } = unsealPersonalData(ctx.keys, row);
  await recordAudit(ctx.db, source, {
    action: 'seeker.personal_data_read',
    entityType: 'seeker',
    entityId: row.id,
    after: { fields: [...(idNumber ? ['idNumber'] : []), ...(phone ? ['phone'] : [])], via: 'api' },
  });
  return { idNumber, phone };
}

/** Audits full-value reads of many profiles at once (an export), one entry per seeker, in bounded inserts. */
export async function auditPersonalDataReads(db: DbOrTx, source: AuditSource, seekerIds: string[], via: string): Promise<void> {
  const CHUNK = 1000;
  for (let i = 0; i < seekerIds.length; i += CHUNK) {
    const entries: AuditEntry[] = seekerIds.slice(i, i + CHUNK).map((seekerId) => ({
      action: 'seeker.personal_data_read',
      entityType: 'seeker',
      entityId: seekerId,
      after: { fields: ['idNumber', 'phone'], via },
    }));
    await recordAuditMany(db, source, entries);
  }
}

// The seeker's rights (PIPL art. 44–47) --------------------------------------------------------

export async function getMyData(ctx: AppContext, actor: Actor, format: 'json' | 'xlsx', source: AuditSource): Promise<MyData> {
  const account = await accountsRepo.getAccountById(ctx.db, actor.accountId);
  if (!account) throw new AppError('unauthenticated');
  const seeker = await repo.getSeekerByAccountId(ctx.db, actor.accountId);
  const [consents, applications, consultations, recommendations, likedPositionIds, notifications] = seeker
    ? await Promise.all([
        repo.findConsentsOfSeeker(ctx.db, seeker.id),
        repo.findApplicationsOfSeeker(ctx.db, seeker.id),
        consultationsRepo.findConsultationsOfSeeker(ctx.db, seeker.id),
        matchingRepo.findRecommendationsOfSeeker(ctx.db, seeker.id),
        matchingRepo.findLikedPositionIds(ctx.db, seeker.id),
        notificationsRepo.findSeekerNotifications(ctx.db, seeker.id, { offset: 0, limit: 1000 }).then((r) => r.rows),
      ])
    : [[], [], [], [], [], []];
  let profile: MyData['profile'] = null;
  if (seeker) {
    const { idNumberMasked: _id, phoneMasked: _phone, consents: _consents, ...view } = toSeekerView(ctx.keys, seeker);
    const { idNumber, phone } = unsealPersonalData(ctx.keys, seeker);
    profile = { ...view, idNumber, phone };
  }
  await recordAudit(ctx.db, source, { action: 'seeker.data_export', entityType: 'account', entityId: account.id, after: { format } });
  return {
    exportedAt: new Date().toISOString(),
    account: {
      username: account.username,
      displayName: account.displayName,
      email: account.email,
      phone: account.phoneEnc ? decryptText(ctx.keys, account.phoneEnc) : null,
      privacyPolicyVersion: account.privacyPolicyVersion,
      privacyAcceptedAt: account.privacyAcceptedAt?.toISOString() ?? null,
      createdAt: account.createdAt.toISOString(),
    },
    profile,
    consents: consents.map(toConsentView),
    applications: applications.map((a) => ({ ...a, createdAt: a.createdAt.toISOString(), updatedAt: a.updatedAt.toISOString() })),
    consultations: consultations.map((c) => ({ id: c.id, heldOn: c.heldOn, topic: c.topic, notes: c.notes, followUpOn: c.followUpOn })),
    autoRecommend: seeker?.autoRecommend ?? true,
    recommendations: recommendations.map((r) => ({
      positionTitle: r.positionTitle,
      organisationName: r.organisationName,
      score: r.recommendation.score,
      reasons: r.recommendation.factors.map((f) => ({ factor: f.factor, points: f.points, max: f.max, reason: f.reason })),
      createdAt: r.recommendation.createdAt.toISOString(),
    })),
    likedPositionIds,
    notifications: notifications.map((n) => ({
      kind: n.kind,
      text: renderNotificationText(n.kind as NotificationKind, n.params),
      createdAt: n.createdAt.toISOString(),
      readAt: n.readAt?.toISOString() ?? null,
    })),
  };
}

/** Every personal column of a profile, emptied; what stays (zone, source, dates) only counts. */
const ERASED_PROFILE: Partial<NewSeekerRow> = {
  name: ERASED_NAME,
  gender: null,
  birthDate: null,
  idNumberEnc: null,
  idNumberHash: null,
  phoneEnc: null,
  phoneHash: null,
  email: null,
  educationLevel: null,
  school: null,
  major: null,
  graduationOn: null,
  education: [],
  experience: [],
  skills: [],
  experienceYears: 0,
  preferredRegions: [],
  expectedSalaryMin: null,
  expectedSalaryMax: null,
  availableFrom: null,
  summary: null,
  disabilityEnc: null,
};

/**
 * Erases the seeker's personal information (PIPL art. 47) in one transaction: the profile's
 * personal fields, their consents, the résumés their applications carried, the counsellors'
 * notes, and the account, which is deactivated and signed out everywhere. Rows stay, so the
 * anonymous counts (applications, consultations, pool size) do not change.
 */
export async function eraseMyData(ctx: AppContext, actor: Actor, source: AuditSource): Promise<void> {
  const account = await accountsRepo.getAccountById(ctx.db, actor.accountId);
  if (!account) throw new AppError('unauthenticated');
  const seeker = await repo.getSeekerByAccountId(ctx.db, actor.accountId);
  await ctx.db.transaction(async (tx) => {
    if (seeker && !seeker.erasedAt) {
      const withdrawn = await withdrawConsentRows(tx, source, seeker, undefined, 'erasure');
      const applications = await repo.scrubApplicationsOfSeeker(tx, seeker.id);
      const consultations = await consultationsRepo.scrubConsultationsOfSeeker(tx, seeker.id);
      const recommendations = await matchingRepo.scrubRecommendationsOfSeeker(tx, seeker.id);
      await matchingRepo.deleteLikesOfSeeker(tx, seeker.id);
      const notifications = await notificationsRepo.deleteSeekerNotifications(tx, seeker.id);
      const erasedAt = new Date();
      const row = await repo.updateSeekerIfVersion(tx, seeker.id, seeker.version, { ...ERASED_PROFILE, erasedAt });
      if (!row) throw new AppError('stale_version');
      await recordAudit(tx, source, {
        action: 'seeker.erase',
        entityType: 'seeker',
        entityId: seeker.id,
        after: {
          erasedAt: erasedAt.toISOString(),
          fields: changedProfileFields(seeker, row),
          consentsWithdrawn: withdrawn.length,
          applicationsScrubbed: applications,
          consultationsScrubbed: consultations,
          recommendationsScrubbed: recommendations,
          notificationsDeleted: notifications,
        },
      });
    }
    await accountsRepo.updateAccount(tx, account.id, { displayName: ERASED_NAME, email: null, phoneEnc: null, phoneHash: null, isActive: false });
    await accountsRepo.deleteSessionsOfAccount(tx, account.id);
    await recordAudit(tx, source, {
      action: 'account.erase',
      entityType: 'account',
      entityId: account.id,
      after: { isActive: false, personalFieldsCleared: ['displayName', 'email', 'phone'], signedOut: true },
    });
  });
}
