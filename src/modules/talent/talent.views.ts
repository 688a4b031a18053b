import { decryptText, encryptText, type Keys, maskPhone } from '../../platform/crypto';
import { maskIdNumber } from '../../platform/id-number';
import { regionName } from '../organisations/regions';
import type { ConsentWithOrganisation, SeekerRow } from './talent.repository';
import type { ConsentView, Disability, DisabilityInput, SeekerSummary, SeekerView } from './talent.schemas';

/** The clear values of a profile's sealed fields. */
export type PersonalData = { idNumber: string | null; phone: string | null; disability: Disability | null };

export function unsealPersonalData(keys: Keys, row: SeekerRow): PersonalData {
  return {
    idNumber: row.idNumberEnc ? decryptText(keys, row.idNumberEnc) : null,
    phone: row.phoneEnc ? decryptText(keys, row.phoneEnc) : null,
    disability: row.disabilityEnc ? (JSON.parse(decryptText(keys, row.disabilityEnc)) as Disability) : null,
  };
}

export function sealDisability(keys: Keys, input: DisabilityInput): string {
  const disability: Disability = {
    hasDisability: input.hasDisability,
    category: input.hasDisability ? (input.category ?? null) : null,
    accommodation: input.accommodation ?? null,
  };
  return encryptText(keys, JSON.stringify(disability));
}

export function toConsentView(row: ConsentWithOrganisation): ConsentView {
  return {
    id: row.id,
    purpose: row.purpose as ConsentView['purpose'],
    organisationId: row.organisationId,
    organisationName: row.organisationName,
    policyVersion: row.policyVersion,
    grantedAt: row.grantedAt.toISOString(),
    withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
    isActive: row.withdrawnAt === null,
    isRecordedByOperator: row.recordedBy !== null,
  };
}

/** A profile with its ID number and phone masked; `consents` only for the seeker and operators. */
export function toSeekerView(keys: Keys, row: SeekerRow, consents?: ConsentWithOrganisation[]): SeekerView {
  const personal = unsealPersonalData(keys, row);
  const view: SeekerView = {
    id: row.id,
    accountId: row.accountId,
    name: row.name,
    gender: row.gender as SeekerView['gender'],
    birthDate: row.birthDate,
    idNumberMasked: personal.idNumber ? maskIdNumber(personal.idNumber) : null,
    phoneMasked: personal.phone ? maskPhone(personal.phone) : null,
    email: row.email,
    educationLevel: row.educationLevel as SeekerView['educationLevel'],
    school: row.school,
    major: row.major,
    graduationOn: row.graduationOn,
    education: row.education,
    experience: row.experience,
    skills: row.skills,
    experienceYears: row.experienceYears,
    preferredRegions: row.preferredRegions,
    preferredRegionNames: row.preferredRegions.map((code) => regionName(code) ?? code),
    expectedSalaryMin: row.expectedSalaryMin,
    expectedSalaryMax: row.expectedSalaryMax,
    availableFrom: row.availableFrom,
    summary: row.summary,
    disability: personal.disability,
    source: row.source as SeekerView['source'],
    erasedAt: row.erasedAt?.toISOString() ?? null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
  if (consents) view.consents = consents.map(toConsentView);
  return view;
}

export function toSeekerSummary(keys: Keys, row: SeekerRow): SeekerSummary {
  return {
    id: row.id,
    name: row.name,
    gender: row.gender as SeekerSummary['gender'],
    birthDate: row.birthDate,
    phoneMasked: row.phoneEnc ? maskPhone(decryptText(keys, row.phoneEnc)) : null,
    educationLevel: row.educationLevel as SeekerSummary['educationLevel'],
    school: row.school,
    major: row.major,
    graduationOn: row.graduationOn,
    skills: row.skills,
    experienceYears: row.experienceYears,
    expectedSalaryMin: row.expectedSalaryMin,
    expectedSalaryMax: row.expectedSalaryMax,
    source: row.source as SeekerSummary['source'],
    createdAt: row.createdAt.toISOString(),
  };
}

/** Profile columns that are neither sealed nor bookkeeping, compared to tell which fields a save changed. */
const PLAIN_FIELDS = [
  'name',
  'gender',
  'birthDate',
  'email',
  'educationLevel',
  'school',
  'major',
  'graduationOn',
  'education',
  'experience',
  'skills',
  'experienceYears',
  'preferredRegions',
  'expectedSalaryMin',
  'expectedSalaryMax',
  'availableFrom',
  'summary',
] as const;

/**
 * The names of the fields that differ between two versions of a profile. Audit entries of seekers
 * hold names only, never values: the log outlives an erasure and must not keep personal data.
 */
export function changedProfileFields(before: SeekerRow | null, after: SeekerRow): string[] {
  const changed: string[] = PLAIN_FIELDS.filter((key) => JSON.stringify(before?.[key] ?? null) !== JSON.stringify(after[key] ?? null));
  // Sealed values get a fresh IV on every write: compare their hashes, or the ciphertexts only for presence.
  if ((before?.idNumberHash ?? null) !== after.idNumberHash) changed.push('idNumber');
  if ((before?.phoneHash ?? null) !== after.phoneHash) changed.push('phone');
  if ((before?.disabilityEnc ?? null) !== after.disabilityEnc) changed.push('disability');
  return changed;
}
