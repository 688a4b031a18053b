// Position vocabularies as plain constants with no imports, shared with the web app.

/** Education levels in ascending order; a seeker with a level meets every requirement at or below it. */
export const EDUCATION_LEVELS = [
  'none', // 不限
  'junior_high', // 初中
  'high_school', // 高中
  'secondary_vocational', // 中专/中技
  'associate', // 大专
  'bachelor', // 本科
  'master', // 硕士
  'doctorate', // 博士
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export const EDUCATION_LABELS_ZH: Record<EducationLevel, string> = {
  none: '不限',
  junior_high: '初中',
  high_school: '高中',
  secondary_vocational: '中专',
  associate: '大专',
  bachelor: '本科',
  master: '硕士',
  doctorate: '博士',
};

export const EMPLOYMENT_TYPES = ['full_time', 'part_time', 'internship', 'seasonal'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

/**
 * draft → submitted → published (or returned with a reason, then edited and submitted again)
 * → closed or filled.
 */
export const POSITION_STATUSES = ['draft', 'submitted', 'returned', 'published', 'closed', 'filled'] as const;
export type PositionStatus = (typeof POSITION_STATUSES)[number];

/** 推荐 → 面试 → 录用 → 入职, or declined/withdrawn. */
export const APPLICATION_STATUSES = ['applied', 'interview', 'offer', 'hired', 'declined', 'withdrawn'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** Application statuses as told to the seeker in a notification (the web app has its own catalogue). */
export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, { zh: string; en: string }> = {
  applied: { zh: '已投递', en: 'applied' },
  interview: { zh: '企业已安排面试', en: 'interview arranged' },
  offer: { zh: '企业已发出录用意向', en: 'offer made' },
  hired: { zh: '已录用', en: 'hired' },
  declined: { zh: '未通过', en: 'not successful' },
  withdrawn: { zh: '已撤回', en: 'withdrawn' },
};
