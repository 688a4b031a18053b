import { useEffect } from 'react';
import { useT } from '../i18n/useT';

/** Sets `<title>` to "page · 桥" (WCAG 2.4.2: each page has a descriptive title). */
export function useDocumentTitle(pageTitle: string | null): void {
  const t = useT();
  const siteTitle = t('app.title');
  useEffect(() => {
    document.title = pageTitle ? `${pageTitle} · ${t('app.logo')}` : siteTitle;
  }, [pageTitle, siteTitle, t]);
}
