import { EN } from './messages.en';
import { ZH_CN } from './messages.zh-CN';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';
export const LANGUAGE_STORAGE_KEY = 'qiao.lang';

/** Every key of the zh-CN catalogue; the English one must have exactly the same keys. */
export type MessageKey = keyof typeof ZH_CN;
export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

const CATALOGUES: Record<Language, Record<MessageKey, string>> = { 'zh-CN': ZH_CN, en: EN };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Replaces `{name}` placeholders with the given values. */
export function formatMessage(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : match,
  );
}

export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  return formatMessage(CATALOGUES[language][key], params);
}
