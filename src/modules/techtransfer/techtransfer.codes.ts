// Technology-transfer vocabularies as plain constants with no imports, shared with the web app.

/** 发明, 实用新型, 外观设计 */
export const PATENT_TYPES = ['invention', 'utility_model', 'design'] as const;
export type PatentType = (typeof PATENT_TYPES)[number];

/** 审中 (pending: filed, not granted), 有效 (granted and in force), 失效 (rejected, withdrawn, expired or fees unpaid). */
export const LEGAL_STATUSES = ['pending', 'valid', 'lapsed'] as const;
export type LegalStatus = (typeof LEGAL_STATUSES)[number];

/** 转让 moves the patent to the buyer; 许可 lets the licensee use it while the owner keeps it. */
export const TRANSFER_KINDS = ['transfer', 'licence'] as const;
export type TransferKind = (typeof TRANSFER_KINDS)[number];

/** 技术开发, 技术转让, 技术咨询, 技术服务: the four kinds of technology contract the registries record. */
export const CONTRACT_TYPES = ['development', 'transfer', 'consulting', 'service'] as const;
export type ContractType = (typeof CONTRACT_TYPES)[number];

/** 科技成果评价水平: 国际领先, 国际先进, 国内领先, 国内先进, 省内领先, 省内先进. */
export const ACHIEVEMENT_LEVELS = [
  'international_leading',
  'international_advanced',
  'domestic_leading',
  'domestic_advanced',
  'provincial_leading',
  'provincial_advanced',
] as const;
export type AchievementLevel = (typeof ACHIEVEMENT_LEVELS)[number];

/**
 * 揭榜挂帅: draft → open (accepting proposals) → reviewing → award_pending (the enterprise chose
 * a proposal) → awarded (the operator confirmed it) → contracted (a technology contract is linked).
 * Draft, open and reviewing challenges can be cancelled; the operator can return a pending award.
 */
export const CHALLENGE_STATUSES = ['draft', 'open', 'reviewing', 'award_pending', 'awarded', 'contracted', 'cancelled'] as const;
export type ChallengeStatus = (typeof CHALLENGE_STATUSES)[number];

export const CHALLENGE_ACTIONS = ['publish', 'close', 'select', 'confirm', 'return', 'contract', 'cancel'] as const;
export type ChallengeAction = (typeof CHALLENGE_ACTIONS)[number];

/** submitted → selected (the enterprise's choice, awaiting the operator) → awarded, or not_selected; withdrawn by the proposer. */
export const PROPOSAL_STATUSES = ['submitted', 'selected', 'awarded', 'not_selected', 'withdrawn'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

type Labels<K extends string> = Record<K, { zh: string; en: string }>;

// Labels for spreadsheets (template, import values); the web app has its own catalogue.
export const PATENT_TYPE_LABELS: Labels<PatentType> = {
  invention: { zh: '发明', en: 'Invention' },
  utility_model: { zh: '实用新型', en: 'Utility model' },
  design: { zh: '外观设计', en: 'Design' },
};

export const LEGAL_STATUS_LABELS: Labels<LegalStatus> = {
  pending: { zh: '审中', en: 'Pending' },
  valid: { zh: '有效', en: 'Valid' },
  lapsed: { zh: '失效', en: 'Lapsed' },
};

export const CONTRACT_TYPE_LABELS: Labels<ContractType> = {
  development: { zh: '技术开发', en: 'Development' },
  transfer: { zh: '技术转让', en: 'Transfer' },
  consulting: { zh: '技术咨询', en: 'Consulting' },
  service: { zh: '技术服务', en: 'Service' },
};

/**
 * How the registries' exports word a legal status or a contract type besides our own labels
 * (专利检索系统 and 技术合同登记系统 exports differ from one another and over the years).
 */
export const LEGAL_STATUS_SYNONYMS: Record<string, LegalStatus> = {
  授权: 'valid',
  专利权维持: 'valid',
  有权: 'valid',
  审查中: 'pending',
  实质审查: 'pending',
  实审: 'pending',
  公开: 'pending',
  在审: 'pending',
  无效: 'lapsed',
  驳回: 'lapsed',
  撤回: 'lapsed',
  视为撤回: 'lapsed',
  放弃: 'lapsed',
  终止: 'lapsed',
  未缴年费: 'lapsed',
  期限届满: 'lapsed',
  届满: 'lapsed',
};

export const PATENT_TYPE_SYNONYMS: Record<string, PatentType> = {
  发明专利: 'invention',
  发明申请: 'invention',
  发明授权: 'invention',
  实用新型专利: 'utility_model',
  外观: 'design',
  外观设计专利: 'design',
};

export const CONTRACT_TYPE_SYNONYMS: Record<string, ContractType> = {
  开发: 'development',
  技术开发合同: 'development',
  委托开发: 'development',
  合作开发: 'development',
  转让: 'transfer',
  技术转让合同: 'transfer',
  专利权转让: 'transfer',
  专利实施许可: 'transfer',
  技术许可: 'transfer',
  咨询: 'consulting',
  技术咨询合同: 'consulting',
  服务: 'service',
  技术服务合同: 'service',
  技术培训: 'service',
  技术中介: 'service',
};
