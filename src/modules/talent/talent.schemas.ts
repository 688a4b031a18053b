import { z } from 'zod';
import { findIdNumberProblem, normaliseIdNumber } from '../../platform/id-number';
import { email, isoDate, normaliseText, optionalText, pageQuery, pageResult, phone, text } from '../../platform/validation';
import { regionCode } from '../organisations/organisations.schemas';
import { EDUCATION_LEVELS } from '../positions/positions.codes';
import { CONSENT_PURPOSES, DISABILITY_CATEGORIES, GENDERS, SEEKER_SOURCES } from './talent.codes';

export { CONSENT_PURPOSES, DISABILITY_CATEGORIES, GENDERS, SEEKER_SOURCES } from './talent.codes';

/** 居民身份证号码: normalised (NFKC, upper-case X) and checked against GB 11643, naming the expected check character. */
export const idNumber = z
  .string()
  .transform(normaliseIdNumber)
  .superRefine((id, ctx) => {
    const problem = findIdNumberProblem(id);
    if (!problem) return;
    if (problem.kind === 'check') ctx.addIssue({ code: 'custom', message: 'id_number.check', params: { expected: problem.expected } });
    else ctx.addIssue({ code: 'custom', message: problem.kind === 'format' ? 'id_number.format' : 'id_number.birth_date' });
  });

/** A form's empty text box means "none". */
function blankToNull(value: unknown): unknown {
  return typeof value === 'string' && value.trim() === '' ? null : value;
}

const optionalIdNumber = z.preprocess(blankToNull, idNumber.nullish());
const optionalPhone = z.preprocess(blankToNull, phone.nullish());
const optionalEmail = z.preprocess(blankToNull, email.nullish());

const salary = z.number().int().min(0).max(1_000_000);

const wordList = (maxItems: number, maxLength: number) =>
  z
    .array(text(maxLength))
    .max(maxItems)
    .transform((items) => [...new Set(items)]);

export const educationEntry = z
  .object({
    school: text(100),
    major: optionalText(100),
    level: z.enum(EDUCATION_LEVELS),
    startOn: isoDate.nullish(),
    endOn: isoDate.nullish(),
  })
  .strict();

export const experienceEntry = z
  .object({
    employer: text(100),
    title: text(60),
    startOn: isoDate.nullish(),
    endOn: isoDate.nullish(),
    description: optionalText(1000),
  })
  .strict();

/** Sensitive personal information (PIPL art. 28): accepted only under 'sensitive_disability' consent. */
export const disabilityInput = z
  .object({
    hasDisability: z.boolean(),
    category: z.enum(DISABILITY_CATEGORIES).nullish(),
    accommodation: optionalText(500),
  })
  .strict();
export type DisabilityInput = z.infer<typeof disabilityInput>;

/**
 * Every field of a profile, without defaults (so that a partial update leaves absent fields alone).
 * `idNumber`, `phone` and `disability` are sealed and shown masked, so a client cannot echo them
 * back: absent means "keep", null means "remove", a value replaces.
 */
const profileFields = {
  name: text(50),
  gender: z.enum(GENDERS).nullish(),
  birthDate: isoDate.nullish(),
  idNumber: optionalIdNumber,
  phone: optionalPhone,
  email: optionalEmail,
  educationLevel: z.enum(EDUCATION_LEVELS).nullish(),
  school: optionalText(100),
  major: optionalText(100),
  graduationOn: isoDate.nullish(),
  education: z.array(educationEntry).max(10),
  experience: z.array(experienceEntry).max(20),
  skills: wordList(30, 30),
  experienceYears: z.number().int().min(0).max(60),
  preferredRegions: z
    .array(regionCode)
    .max(10)
    .transform((codes) => [...new Set(codes)]),
  expectedSalaryMin: salary.nullish(),
  expectedSalaryMax: salary.nullish(),
  availableFrom: isoDate.nullish(),
  summary: optionalText(2000),
  disability: disabilityInput.nullish(),
  /**
   * The 'sensitive_disability' consent given with this save: ticked by the seeker, or by an
   * operator recording it in the seeker's presence. Recorded as a consent in the same transaction.
   */
  disabilityConsent: z.boolean().optional(),
};

const listDefaults = {
  education: profileFields.education.default([]),
  experience: profileFields.experience.default([]),
  skills: profileFields.skills.default([]),
  experienceYears: profileFields.experienceYears.default(0),
  preferredRegions: profileFields.preferredRegions.default([]),
};

/** The seeker's own save (PUT): replaces the profile; `version` is required once it exists. */
export const putProfileBody = z
  .object({ ...profileFields, ...listDefaults, version: z.number().int().min(1).optional() })
  .strict();
export type PutProfileInput = z.infer<typeof putProfileBody>;

/** An operator records a walk-in seeker (现场登记) or one met at a fair. */
export const createSeekerBody = z
  .object({ ...profileFields, ...listDefaults, source: z.enum(['walk_in', 'fair']).default('walk_in') })
  .strict();
export type CreateSeekerInput = z.infer<typeof createSeekerBody>;

export const updateSeekerBody = z
  .object(profileFields)
  .partial()
  .extend({ version: z.number().int().min(1) })
  .strict();
export type UpdateSeekerInput = z.infer<typeof updateSeekerBody>;

/** Whatever shape a save takes, the profile fields it carries. */
export type ProfileInput = Partial<z.infer<z.ZodObject<typeof profileFields>>>;

export const consentBody = z
  .object({
    purpose: z.enum(CONSENT_PURPOSES),
    /** The enterprise the résumé is shared with; only for 'share_with_organisation'. */
    organisationId: z.uuid().nullish(),
  })
  .strict();
export type ConsentInput = z.infer<typeof consentBody>;

export const consentParams = z.object({ id: z.uuid(), consentId: z.uuid() });
export const consentIdParams = z.object({ id: z.uuid() });

export const consentSchema = z.object({
  id: z.uuid(),
  purpose: z.enum(CONSENT_PURPOSES),
  organisationId: z.uuid().nullable(),
  organisationName: z.string().nullable(),
  policyVersion: z.string(),
  grantedAt: z.string(),
  withdrawnAt: z.string().nullable(),
  isActive: z.boolean(),
  /** Recorded by an operator for a walk-in seeker rather than given online by the seeker. */
  isRecordedByOperator: z.boolean(),
});
export type ConsentView = z.infer<typeof consentSchema>;

const educationOut = z.object({
  school: z.string(),
  major: z.string().nullable(),
  level: z.string(),
  startOn: z.string().nullable(),
  endOn: z.string().nullable(),
});
const experienceOut = z.object({
  employer: z.string(),
  title: z.string(),
  startOn: z.string().nullable(),
  endOn: z.string().nullable(),
  description: z.string().nullable(),
});
export const disabilitySchema = z.object({
  hasDisability: z.boolean(),
  category: z.enum(DISABILITY_CATEGORIES).nullable(),
  accommodation: z.string().nullable(),
});
export type Disability = z.infer<typeof disabilitySchema>;

/** A profile as shown: ID number and phone masked. */
export const seekerSchema = z.object({
  id: z.uuid(),
  accountId: z.uuid().nullable(),
  name: z.string(),
  gender: z.enum(GENDERS).nullable(),
  birthDate: z.string().nullable(),
  idNumberMasked: z.string().nullable(),
  phoneMasked: z.string().nullable(),
  email: z.string().nullable(),
  educationLevel: z.enum(EDUCATION_LEVELS).nullable(),
  school: z.string().nullable(),
  major: z.string().nullable(),
  graduationOn: z.string().nullable(),
  education: z.array(educationOut),
  experience: z.array(experienceOut),
  skills: z.array(z.string()),
  experienceYears: z.number().int(),
  preferredRegions: z.array(z.string()),
  preferredRegionNames: z.array(z.string()),
  expectedSalaryMin: z.number().int().nullable(),
  expectedSalaryMax: z.number().int().nullable(),
  availableFrom: z.string().nullable(),
  summary: z.string().nullable(),
  disability: disabilitySchema.nullable(),
  source: z.enum(SEEKER_SOURCES),
  erasedAt: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Every consent, for operators and the seeker; absent in an enterprise's view. */
  consents: z.array(consentSchema).optional(),
});
export type SeekerView = z.infer<typeof seekerSchema>;

export const seekerSummarySchema = seekerSchema.pick({
  id: true,
  name: true,
  gender: true,
  birthDate: true,
  phoneMasked: true,
  educationLevel: true,
  school: true,
  major: true,
  graduationOn: true,
  skills: true,
  experienceYears: true,
  expectedSalaryMin: true,
  expectedSalaryMax: true,
  source: true,
  createdAt: true,
});
export type SeekerSummary = z.infer<typeof seekerSummarySchema>;

export const personalDataSchema = z.object({ idNumber: z.string().nullable(), phone: z.string().nullable() });

export const seekerFilters = z.object({
  /** A name, school, major or skill; a full mobile or ID number is matched exactly through its keyed hash. */
  q: z
    .string()
    .transform(normaliseText)
    .pipe(z.string().max(100))
    .optional(),
  educationLevel: z.enum(EDUCATION_LEVELS).optional(),
  source: z.enum(SEEKER_SOURCES).optional(),
});
export type SeekerFilters = z.infer<typeof seekerFilters>;

export const listSeekersQuery = seekerFilters.extend(pageQuery.shape);
export const seekerPage = pageResult(seekerSummarySchema);

export const exportSeekersQuery = seekerFilters.extend({
  /** `1`: phone and ID number in full, for holders of 'seeker.personal_data'; audited as a full-value read. */
  full: z.enum(['0', '1']).optional(),
});

/** Everything Qiao holds about the signed-in seeker (PIPL art. 45). */
export const myDataSchema = z.object({
  exportedAt: z.string(),
  account: z.object({
    username: z.string(),
    displayName: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    privacyPolicyVersion: z.string().nullable(),
    privacyAcceptedAt: z.string().nullable(),
    createdAt: z.string(),
  }),
  profile: seekerSchema
    .omit({ idNumberMasked: true, phoneMasked: true, consents: true })
    .extend({ idNumber: z.string().nullable(), phone: z.string().nullable() })
    .nullable(),
  consents: z.array(consentSchema),
  applications: z.array(
    z.object({
      id: z.uuid(),
      positionId: z.uuid(),
      positionTitle: z.string(),
      organisationName: z.string(),
      status: z.string(),
      channel: z.string(),
      coverNote: z.string().nullable(),
      createdAt: z.string(),
      updatedAt: z.string(),
    }),
  ),
  consultations: z.array(
    z.object({
      id: z.uuid(),
      heldOn: z.string(),
      topic: z.string(),
      notes: z.string().nullable(),
      followUpOn: z.string().nullable(),
    }),
  ),
  /** Whether automated recommendation is on (PIPL art. 24). */
  autoRecommend: z.boolean(),
  /** Recommendations made of the seeker, with the score and factor reasons a person saw. */
  recommendations: z.array(
    z.object({
      positionTitle: z.string(),
      organisationName: z.string(),
      score: z.number(),
      reasons: z.array(z.object({ factor: z.string(), points: z.number(), max: z.number(), reason: z.string() })),
      createdAt: z.string(),
    }),
  ),
  likedPositionIds: z.array(z.uuid()),
  notifications: z.array(z.object({ kind: z.string(), text: z.string(), createdAt: z.string(), readAt: z.string().nullable() })),
});
export type MyData = z.infer<typeof myDataSchema>;
