// Consultation vocabularies as plain constants with no imports, shared with the web app.

/** Topic categories of a career consultation (职业指导/咨询). */
export const CONSULTATION_TOPICS = ['career_planning', 'job_search', 'policy', 'skills_training', 'entrepreneurship', 'other'] as const;
export type ConsultationTopic = (typeof CONSULTATION_TOPICS)[number];

export const CONSULTATION_TOPIC_LABELS: Record<ConsultationTopic, { zh: string; en: string }> = {
  career_planning: { zh: '职业规划', en: 'Career planning' },
  job_search: { zh: '求职技巧', en: 'Job search' },
  policy: { zh: '就业政策', en: 'Employment policy' },
  skills_training: { zh: '技能培训', en: 'Skills training' },
  entrepreneurship: { zh: '创业指导', en: 'Entrepreneurship' },
  other: { zh: '其他', en: 'Other' },
};

/** Periods the statistics group by. */
export const STATS_GROUPS = ['month', 'quarter', 'year'] as const;
export type StatsGroup = (typeof STATS_GROUPS)[number];
