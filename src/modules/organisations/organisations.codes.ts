// The organisation vocabularies as plain constants with no imports, so that the web app can use
// the very same lists as the server (the labels live in each side's catalogue).
export const ORGANISATION_TYPES = ['enterprise', 'school', 'institute', 'association', 'bank', 'government', 'operator'] as const;
export const INDUSTRIES = [
  'biomedicine',
  'new_materials',
  'advanced_manufacturing',
  'green_food',
  'green_chemicals',
  'modern_services',
  'education',
  'finance',
  'public_administration',
  'other',
] as const;
/** The zone's "2主3辅": three main industries and three auxiliary ones. */
export const MAIN_INDUSTRIES = ['biomedicine', 'new_materials', 'advanced_manufacturing'] as const;
export const AUXILIARY_INDUSTRIES = ['green_food', 'green_chemicals', 'modern_services'] as const;
/** 理事长单位, 副理事长单位, 秘书长单位, 常务理事单位, 理事单位 */
export const COUNCIL_ROLES = ['chair', 'vice_chair', 'secretary_general', 'executive_member', 'member'] as const;

export type OrganisationType = (typeof ORGANISATION_TYPES)[number];
export type Industry = (typeof INDUSTRIES)[number];
export type CouncilRole = (typeof COUNCIL_ROLES)[number];
