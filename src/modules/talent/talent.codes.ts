// Talent-pool vocabularies as plain constants with no imports, shared with the web app.

export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];

/**
 * Purposes a seeker consents to (PIPL art. 14, 29): `job_matching` shows the profile to
 * enterprises and uses it for matching; `share_with_organisation` gives one named enterprise the
 * résumé; `sensitive_disability` allows processing disability information (art. 28).
 */
export const CONSENT_PURPOSES = ['job_matching', 'share_with_organisation', 'sensitive_disability'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

/** Categories of disability as in GB/T 26341-2010 (残疾人残疾分类和分级). */
export const DISABILITY_CATEGORIES = ['visual', 'hearing', 'speech', 'physical', 'intellectual', 'mental', 'multiple'] as const;
export type DisabilityCategory = (typeof DISABILITY_CATEGORIES)[number];

/** How a profile entered the pool: registered, created by an operator, imported from a file, captured at a fair. */
export const SEEKER_SOURCES = ['self', 'walk_in', 'import', 'fair'] as const;
export type SeekerSource = (typeof SEEKER_SOURCES)[number];

/** What an erased profile keeps as its name: the row stays for anonymous counts. */
export const ERASED_NAME = '已删除';

export const GENDER_LABELS: Record<Gender, { zh: string; en: string }> = {
  male: { zh: '男', en: 'Male' },
  female: { zh: '女', en: 'Female' },
};

export const CONSENT_PURPOSE_LABELS: Record<ConsentPurpose, { zh: string; en: string }> = {
  job_matching: { zh: '求职匹配（向企业展示档案并用于岗位推荐）', en: 'Job matching (profile shown to enterprises and used for recommendations)' },
  share_with_organisation: { zh: '向指定企业提供简历', en: 'Share the résumé with a named enterprise' },
  sensitive_disability: { zh: '处理残疾信息（敏感个人信息）', en: 'Process disability information (sensitive personal information)' },
};

export const DISABILITY_CATEGORY_LABELS: Record<DisabilityCategory, { zh: string; en: string }> = {
  visual: { zh: '视力残疾', en: 'Visual' },
  hearing: { zh: '听力残疾', en: 'Hearing' },
  speech: { zh: '言语残疾', en: 'Speech' },
  physical: { zh: '肢体残疾', en: 'Physical' },
  intellectual: { zh: '智力残疾', en: 'Intellectual' },
  mental: { zh: '精神残疾', en: 'Mental' },
  multiple: { zh: '多重残疾', en: 'Multiple' },
};

export const SEEKER_SOURCE_LABELS: Record<SeekerSource, { zh: string; en: string }> = {
  self: { zh: '自行注册', en: 'Registered' },
  walk_in: { zh: '现场登记', en: 'Walk-in' },
  import: { zh: '简历导入', en: 'Imported' },
  fair: { zh: '招聘会', en: 'Job fair' },
};
