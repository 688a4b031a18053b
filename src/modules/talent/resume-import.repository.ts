import { inArray, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db';
import { seekers } from './talent.table';

/** What de-duplication and merging need to know of a profile that shares a key with an import. */
export type MatchedSeeker = Pick<
  typeof seekers.$inferSelect,
  | 'id'
  | 'zoneId'
  | 'erasedAt'
  | 'idNumberHash'
  | 'phoneHash'
  | 'gender'
  | 'birthDate'
  | 'email'
  | 'educationLevel'
  | 'school'
  | 'major'
  | 'graduationOn'
  | 'education'
  | 'skills'
  | 'experienceYears'
  | 'preferredRegions'
  | 'expectedSalaryMin'
  | 'expectedSalaryMax'
  | 'availableFrom'
  | 'summary'
>;

/** Hashes per query (each list): far below PostgreSQL's 65 535 parameters. */
export const LOOKUP_CHUNK = 5000;

/**
 * Profiles in the whole pool (the keyed hashes are unique across zones) holding any of the given
 * ID-number or phone hashes, at most LOOKUP_CHUNK of each. `forUpdate` locks them for the rest of
 * the transaction, so that a concurrent change cannot slip between the check and the write.
 */
export async function findSeekersByKeys(
  db: DbOrTx,
  idNumberHashes: readonly string[],
  phoneHashes: readonly string[],
  options: { forUpdate?: boolean } = {},
): Promise<MatchedSeeker[]> {
  if (idNumberHashes.length === 0 && phoneHashes.length === 0) return [];
  const query = db
    .select({
      id: seekers.id,
      zoneId: seekers.zoneId,
      erasedAt: seekers.erasedAt,
      idNumberHash: seekers.idNumberHash,
      phoneHash: seekers.phoneHash,
      gender: seekers.gender,
      birthDate: seekers.birthDate,
      email: seekers.email,
      educationLevel: seekers.educationLevel,
      school: seekers.school,
      major: seekers.major,
      graduationOn: seekers.graduationOn,
      education: seekers.education,
      skills: seekers.skills,
      experienceYears: seekers.experienceYears,
      preferredRegions: seekers.preferredRegions,
      expectedSalaryMin: seekers.expectedSalaryMin,
      expectedSalaryMax: seekers.expectedSalaryMax,
      availableFrom: seekers.availableFrom,
      summary: seekers.summary,
    })
    .from(seekers)
    .where(
      or(
        idNumberHashes.length ? inArray(seekers.idNumberHash, [...idNumberHashes]) : undefined,
        phoneHashes.length ? inArray(seekers.phoneHash, [...phoneHashes]) : undefined,
      ),
    );
  return options.forUpdate ? query.for('update') : query;
}

/** A new profile from an import, every column given (ids are made by the caller, so no RETURNING is needed). */
export type ImportedSeekerRow = {
  id: string;
  zoneId: string;
  name: string;
  gender: string | null;
  birthDate: string | null;
  idNumberEnc: string | null;
  idNumberHash: string | null;
  phoneEnc: string | null;
  phoneHash: string | null;
  email: string | null;
  educationLevel: string | null;
  school: string | null;
  major: string | null;
  graduationOn: string | null;
  education: unknown[];
  skills: string[];
  experienceYears: number;
  preferredRegions: string[];
  expectedSalaryMin: number | null;
  expectedSalaryMax: number | null;
  availableFrom: string | null;
  summary: string | null;
  source: string;
  createdBy: string;
};

/** A PostgreSQL array literal ({"a","b",NULL}): one parameter per column instead of one per cell. */
function arrayLiteral(values: readonly (string | number | null)[]): string {
  const items = values.map((v) => (v === null ? 'NULL' : `"${String(v).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`));
  return `{${items.join(',')}}`;
}

/**
 * Inserts many profiles with one statement over unnest()ed column arrays: PGlite spends its time
 * per bound parameter, so 24 array parameters beat 24 000 single ones by a wide margin.
 */
export async function insertSeekers(db: DbOrTx, rows: readonly ImportedSeekerRow[]): Promise<void> {
  if (rows.length === 0) return;
  const column = <K extends keyof ImportedSeekerRow>(key: K, map: (v: ImportedSeekerRow[K]) => string | number | null = (v) => v as string | number | null) =>
    arrayLiteral(rows.map((r) => map(r[key])));
  const json = (v: unknown) => JSON.stringify(v);
  await db.execute(sql`
    insert into ${seekers} (id, zone_id, name, gender, birth_date, id_number_enc, id_number_hash, phone_enc, phone_hash, email,
      education_level, school, major, graduation_on, education, skills, experience_years, preferred_regions,
      expected_salary_min, expected_salary_max, available_from, summary, source, created_by)
    select * from unnest(${column('id')}::uuid[], ${column('zoneId')}::uuid[], ${column('name')}::text[], ${column('gender')}::text[],
      ${column('birthDate')}::date[], ${column('idNumberEnc')}::text[], ${column('idNumberHash')}::text[], ${column('phoneEnc')}::text[],
      ${column('phoneHash')}::text[], ${column('email')}::text[], ${column('educationLevel')}::text[], ${column('school')}::text[],
      ${column('major')}::text[], ${column('graduationOn')}::date[], ${column('education', json)}::jsonb[], ${column('skills', json)}::jsonb[],
      ${column('experienceYears')}::integer[], ${column('preferredRegions', json)}::jsonb[], ${column('expectedSalaryMin')}::integer[],
      ${column('expectedSalaryMax')}::integer[], ${column('availableFrom')}::date[], ${column('summary')}::text[], ${column('source')}::text[],
      ${column('createdBy')}::uuid[])`);
}

/** The columns a merge may fill; a null leaves the stored value as it is. */
export type SeekerFill = {
  id: string;
  gender: string | null;
  birthDate: string | null;
  idNumberEnc: string | null;
  idNumberHash: string | null;
  phoneEnc: string | null;
  phoneHash: string | null;
  email: string | null;
  educationLevel: string | null;
  school: string | null;
  major: string | null;
  graduationOn: string | null;
  education: unknown[] | null;
  skills: string[] | null;
  experienceYears: number | null;
  preferredRegions: string[] | null;
  expectedSalaryMin: number | null;
  expectedSalaryMax: number | null;
  availableFrom: string | null;
  summary: string | null;
};

/**
 * Fills profiles in one UPDATE … FROM (VALUES …) instead of one statement per profile (20 parameters
 * each: callers pass a few hundred at a time); each column keeps its stored value where the fill has none.
 */
export async function fillSeekers(db: DbOrTx, fills: readonly SeekerFill[]): Promise<void> {
  if (fills.length === 0) return;
  const values = fills.map(
    (f) => sql`(${f.id}::uuid, ${f.gender}::text, ${f.birthDate}::date, ${f.idNumberEnc}::text, ${f.idNumberHash}::text,
      ${f.phoneEnc}::text, ${f.phoneHash}::text, ${f.email}::text, ${f.educationLevel}::text, ${f.school}::text, ${f.major}::text,
      ${f.graduationOn}::date, ${f.education === null ? null : JSON.stringify(f.education)}::jsonb,
      ${f.skills === null ? null : JSON.stringify(f.skills)}::jsonb, ${f.experienceYears}::integer,
      ${f.preferredRegions === null ? null : JSON.stringify(f.preferredRegions)}::jsonb, ${f.expectedSalaryMin}::integer,
      ${f.expectedSalaryMax}::integer, ${f.availableFrom}::date, ${f.summary}::text)`,
  );
  await db.execute(sql`
    update ${seekers} as s set
      gender = coalesce(v.gender, s.gender),
      birth_date = coalesce(v.birth_date, s.birth_date),
      id_number_enc = coalesce(v.id_number_enc, s.id_number_enc),
      id_number_hash = coalesce(v.id_number_hash, s.id_number_hash),
      phone_enc = coalesce(v.phone_enc, s.phone_enc),
      phone_hash = coalesce(v.phone_hash, s.phone_hash),
      email = coalesce(v.email, s.email),
      education_level = coalesce(v.education_level, s.education_level),
      school = coalesce(v.school, s.school),
      major = coalesce(v.major, s.major),
      graduation_on = coalesce(v.graduation_on, s.graduation_on),
      education = coalesce(v.education, s.education),
      skills = coalesce(v.skills, s.skills),
      experience_years = coalesce(v.experience_years, s.experience_years),
      preferred_regions = coalesce(v.preferred_regions, s.preferred_regions),
      expected_salary_min = coalesce(v.expected_salary_min, s.expected_salary_min),
      expected_salary_max = coalesce(v.expected_salary_max, s.expected_salary_max),
      available_from = coalesce(v.available_from, s.available_from),
      summary = coalesce(v.summary, s.summary),
      version = s.version + 1,
      updated_at = now()
    from (values ${sql.join(values, sql`, `)}) as v(id, gender, birth_date, id_number_enc, id_number_hash, phone_enc, phone_hash,
      email, education_level, school, major, graduation_on, education, skills, experience_years, preferred_regions,
      expected_salary_min, expected_salary_max, available_from, summary)
    where s.id = v.id`);
}
