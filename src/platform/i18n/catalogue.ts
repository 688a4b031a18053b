/** Messages keyed by catalogue key, each in every locale Qiao speaks. */
export type Catalogue = Record<string, { 'zh-CN': string; en: string }>;
