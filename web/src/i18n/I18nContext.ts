import { createContext } from 'react';
import { DEFAULT_LANGUAGE, type Language, type Translate, translate } from './catalogue';

export type I18nContextValue = {
  language: Language;
  setLanguage: (language: Language) => void;
  t: Translate;
};

export const I18nContext = createContext<I18nContextValue>({
  language: DEFAULT_LANGUAGE,
  setLanguage: () => undefined,
  t: (key, params) => translate(DEFAULT_LANGUAGE, key, params),
});
