import { useContext } from 'react';
import type { Language } from './catalogue';
import { I18nContext } from './I18nContext';

export function useLanguage(): Language {
  return useContext(I18nContext).language;
}

export function useSetLanguage(): (language: Language) => void {
  return useContext(I18nContext).setLanguage;
}
