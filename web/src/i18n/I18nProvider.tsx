import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { type ReactNode, useCallback, useMemo, useState } from 'react';
import { setApiLanguage } from '../api/client';
import { QIAO_THEME } from '../ui/theme';
import {
  DEFAULT_LANGUAGE,
  isLanguage,
  LANGUAGE_STORAGE_KEY,
  type Language,
  type Translate,
  translate,
} from './catalogue';
import { I18nContext, type I18nContextValue } from './I18nContext';

export type I18nProviderProps = { children: ReactNode };

function readStoredLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

/** Applies a language everywhere outside React: the API client, dayjs and `<html lang>`. */
function applyLanguage(language: Language): void {
  setApiLanguage(language);
  dayjs.locale(language === 'zh-CN' ? 'zh-cn' : 'en');
  document.documentElement.lang = language;
}

const initialLanguage = readStoredLanguage();
applyLanguage(initialLanguage);

/** UI language (zh-CN by default, persisted in localStorage `qiao.lang`) and antd's locale. */
export function I18nProvider({ children }: I18nProviderProps) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);

  const setLanguage = useCallback((next: Language) => {
    try {
      window.localStorage.setItem(LANGUAGE_STORAGE_KEY, next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
    applyLanguage(next);
    setLanguageState(next);
  }, []);

  const value = useMemo<I18nContextValue>(() => {
    const t: Translate = (key, params) => translate(language, key, params);
    return { language, setLanguage, t };
  }, [language, setLanguage]);

  return (
    <I18nContext.Provider value={value}>
      <ConfigProvider
        locale={language === 'zh-CN' ? zhCN : enUS}
        theme={QIAO_THEME}
        // No space inside two-character Chinese buttons: "停用" stays "停用" for screen readers and tests.
        button={{ autoInsertSpace: false }}
      >
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </I18nContext.Provider>
  );
}
