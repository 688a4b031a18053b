// Pure de-duplication of imported résumés: the same person is the same ID number, or the same
// mobile number when the ID numbers do not disagree. Works on keyed hashes only, so it never sees
// personal data in clear; unit-tested in resume-import.test.ts.
import type { ImportedResume, RowIssue } from './resume-import.parse';

export type DuplicatePolicy = 'merge' | 'skip';

/** A valid row's de-duplication keys (keyed hashes of its ID number and phone). */
export type RowKeys = { rowNumber: number; idHash: string | null; phoneHash: string | null };

/** A profile already in the pool that shares a key with the file; only profiles of the importing zone are merged into. */
export type PoolProfile = { id: string; idNumberHash: string | null; phoneHash: string | null; isMergeable: boolean };

export type MatchedBy = 'idNumber' | 'phone';

export type RowLink =
  | { kind: 'new' }
  | { kind: 'row'; head: number; by: MatchedBy }
  | { kind: 'pool'; seekerId: string; isMergeable: boolean; by: MatchedBy }
  | { kind: 'conflict' };

/** One person: a row of the file that comes first (`head`), or a profile of the pool. */
type Person = { head: number | null; profile: PoolProfile | null; idHash: string | null };

/**
 * Links each row to the first row or the pool profile it repeats. A row whose ID number points to
 * one person and whose phone to another (or to a person with another ID number) is a conflict the
 * operator must resolve in the file: merging would guess.
 */
export function resolveDuplicates(
  rows: readonly RowKeys[],
  pool: readonly PoolProfile[],
): { links: RowLink[]; conflicts: { index: number; issue: RowIssue }[] } {
  const byId = new Map<string, Person>();
  const byPhone = new Map<string, Person>();
  for (const profile of pool) {
    const person: Person = { head: null, profile, idHash: profile.idNumberHash };
    if (profile.idNumberHash) byId.set(profile.idNumberHash, person);
    if (profile.phoneHash) byPhone.set(profile.phoneHash, person);
  }
  const links: RowLink[] = [];
  const conflicts: { index: number; issue: RowIssue }[] = [];
  rows.forEach((row, index) => {
    const ofId = row.idHash ? byId.get(row.idHash) : undefined;
    const ofPhone = row.phoneHash ? byPhone.get(row.phoneHash) : undefined;
    if (ofPhone && ofPhone !== ofId && (ofId || (row.idHash && ofPhone.idHash))) {
      const head = ofPhone.head;
      conflicts.push({
        index,
        issue:
          head === null
            ? { field: 'phone', message: 'resume_import.phone_conflict_in_pool' }
            : { field: 'phone', message: 'resume_import.phone_conflict_in_file', params: { row: rows[head]?.rowNumber } },
      });
      links.push({ kind: 'conflict' });
      return;
    }
    const person = ofId ?? ofPhone;
    if (!person) {
      const created: Person = { head: index, profile: null, idHash: row.idHash };
      if (row.idHash) byId.set(row.idHash, created);
      if (row.phoneHash) byPhone.set(row.phoneHash, created);
      links.push({ kind: 'new' });
      return;
    }
    // The person gains the keys this row adds, so later rows with only those keys find them too.
    if (row.idHash && !person.idHash) {
      person.idHash = row.idHash;
      byId.set(row.idHash, person);
    }
    if (row.phoneHash && !byPhone.has(row.phoneHash)) byPhone.set(row.phoneHash, person);
    const by: MatchedBy = ofId ? 'idNumber' : 'phone';
    links.push(
      person.profile
        ? { kind: 'pool', seekerId: person.profile.id, isMergeable: person.profile.isMergeable, by }
        : { kind: 'row', head: person.head ?? index, by },
    );
  });
  return { links, conflicts };
}

type Fillable = Exclude<keyof ImportedResume, 'name' | 'expectedSalaryMin' | 'expectedSalaryMax'>;
const FILLABLE: readonly Fillable[] = [
  'gender',
  'birthDate',
  'idNumber',
  'phone',
  'email',
  'educationLevel',
  'school',
  'major',
  'graduationOn',
  'skills',
  'experienceYears',
  'preferredRegions',
  'availableFrom',
  'summary',
];

function isEmptyValue(value: unknown): boolean {
  return value === null || value === undefined || (Array.isArray(value) && value.length === 0);
}

/** What a profile looks like to a merge: which fields are empty. Sealed fields are known only as present or not. */
export type ExistingProfile = { [K in Fillable]: K extends 'idNumber' | 'phone' ? boolean : ImportedResume[K] } & {
  expectedSalaryMin: number | null;
  expectedSalaryMax: number | null;
};

/** The fields of `incoming` that fill empty fields of `existing`; nothing already there is overwritten. */
export function fillEmptyFields(existing: ExistingProfile, incoming: ImportedResume): Partial<ImportedResume> {
  const patch: Partial<ImportedResume> = {};
  for (const field of FILLABLE) {
    const current = existing[field];
    const isEmpty = typeof current === 'boolean' ? !current : isEmptyValue(current);
    if (isEmpty && !isEmptyValue(incoming[field])) Object.assign(patch, { [field]: incoming[field] });
  }
  // The salary range is one answer: taken whole, or not at all.
  if (existing.expectedSalaryMin === null && existing.expectedSalaryMax === null && incoming.expectedSalaryMin !== null) {
    patch.expectedSalaryMin = incoming.expectedSalaryMin;
    patch.expectedSalaryMax = incoming.expectedSalaryMax;
  }
  return patch;
}

function asExisting(resume: ImportedResume): ExistingProfile {
  return { ...resume, idNumber: resume.idNumber !== null, phone: resume.phone !== null };
}

export type CommitPlan = {
  /** New profiles, each the first row of its person, filled from that person's later rows under `merge`. */
  inserts: ImportedResume[];
  /** Pool profiles of the zone to fill, with the rows to fill them from, in file order. */
  merges: { seekerId: string; rows: ImportedResume[] }[];
  /** Rows that repeat a person and were merged into them (into a new profile or one of the pool). */
  merged: number;
  skipped: number;
};

/** What a commit writes under the operator's choice; `resumes` and `links` are index-aligned. */
export function planCommit(resumes: readonly ImportedResume[], links: readonly RowLink[], policy: DuplicatePolicy): CommitPlan {
  const inserts: ImportedResume[] = [];
  const insertOfHead = new Map<number, number>();
  const merges = new Map<string, ImportedResume[]>();
  let merged = 0;
  let skipped = 0;
  links.forEach((link, index) => {
    const resume = resumes[index];
    if (!resume) return;
    switch (link.kind) {
      case 'new':
        insertOfHead.set(index, inserts.length);
        inserts.push(resume);
        return;
      case 'row': {
        const at = insertOfHead.get(link.head);
        const head = at === undefined ? undefined : inserts[at];
        if (policy === 'merge' && at !== undefined && head) {
          inserts[at] = { ...head, ...fillEmptyFields(asExisting(head), resume) };
          merged += 1;
        } else skipped += 1;
        return;
      }
      case 'pool':
        if (policy === 'merge' && link.isMergeable) {
          const rows = merges.get(link.seekerId);
          if (rows) rows.push(resume);
          else merges.set(link.seekerId, [resume]);
          merged += 1;
        } else skipped += 1;
        return;
      case 'conflict':
        skipped += 1;
        return;
    }
  });
  return { inserts, merges: [...merges].map(([seekerId, rows]) => ({ seekerId, rows })), merged, skipped };
}
