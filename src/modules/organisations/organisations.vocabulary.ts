import { COUNCIL_ROLES, INDUSTRIES, ORGANISATION_TYPES } from './organisations.schemas';

// Labels for spreadsheets (export headers and import values). The web app has its own catalogue.
type Labels<K extends string> = Record<K, { zh: string; en: string }>;

export const TYPE_LABELS: Labels<(typeof ORGANISATION_TYPES)[number]> = {
  enterprise: { zh: '企业', en: 'Enterprise' },
  school: { zh: '院校', en: 'School' },
  institute: { zh: '科研院所', en: 'Research institute' },
  association: { zh: '行业协会', en: 'Industry association' },
  bank: { zh: '合作银行', en: 'Partner bank' },
  government: { zh: '政府部门', en: 'Government department' },
  operator: { zh: '运营方', en: 'Operator' },
};

export const INDUSTRY_LABELS: Labels<(typeof INDUSTRIES)[number]> = {
  biomedicine: { zh: '生物医药', en: 'Biomedicine' },
  new_materials: { zh: '新材料', en: 'New materials' },
  advanced_manufacturing: { zh: '先进装备制造', en: 'Advanced manufacturing' },
  green_food: { zh: '绿色食品', en: 'Green food' },
  green_chemicals: { zh: '绿色化工', en: 'Green chemicals' },
  modern_services: { zh: '现代服务业', en: 'Modern services' },
  education: { zh: '教育', en: 'Education' },
  finance: { zh: '金融', en: 'Finance' },
  public_administration: { zh: '公共管理', en: 'Public administration' },
  other: { zh: '其他', en: 'Other' },
};

export const COUNCIL_ROLE_LABELS: Labels<(typeof COUNCIL_ROLES)[number]> = {
  chair: { zh: '理事长单位', en: 'Chair' },
  vice_chair: { zh: '副理事长单位', en: 'Vice-chair' },
  secretary_general: { zh: '秘书长单位', en: 'Secretary-general' },
  executive_member: { zh: '常务理事单位', en: 'Executive member' },
  member: { zh: '理事单位', en: 'Member' },
};

/** Finds the code for a value typed as the code itself or as its Chinese or English label. */
export function codeFromLabel<K extends string>(labels: Labels<K>, text: string): K | undefined {
  const wanted = text.normalize('NFKC').trim().toLowerCase();
  for (const [code, label] of Object.entries(labels) as [K, { zh: string; en: string }][]) {
    if (code === wanted || label.zh === wanted || label.en.toLowerCase() === wanted) return code;
  }
  return undefined;
}
