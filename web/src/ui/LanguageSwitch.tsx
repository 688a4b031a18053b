import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import type { Language } from '../i18n/catalogue';
import { useLanguage, useSetLanguage } from '../i18n/useLanguage';
import { useT } from '../i18n/useT';

export type LanguageSwitchProps = { size?: 'small' | 'middle' | 'large'; isCompact?: boolean };

const NATIVE_NAMES: Record<Language, string> = { 'zh-CN': '中文', en: 'English' };

/** One button that switches to the other language; its text is that language's own name. */
export function LanguageSwitch({ size = 'middle', isCompact = false }: LanguageSwitchProps) {
  const language = useLanguage();
  const setLanguage = useSetLanguage();
  const t = useT();
  const target: Language = language === 'zh-CN' ? 'en' : 'zh-CN';

  function handleClick() {
    setLanguage(target);
  }

  return (
    <Button
      size={size}
      type={isCompact ? 'text' : 'default'}
      icon={isCompact ? undefined : <GlobalOutlined aria-hidden="true" />}
      onClick={handleClick}
      lang={target}
      title={t('lang.switchTitle')}
    >
      {NATIVE_NAMES[target]}
    </Button>
  );
}
