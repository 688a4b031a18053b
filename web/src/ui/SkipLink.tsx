import { useT } from '../i18n/useT';

export type SkipLinkProps = { targetId: string };

/** First focusable element on every page: jumps past the navigation (WCAG 2.4.1). */
export function SkipLink({ targetId }: SkipLinkProps) {
  const t = useT();
  return (
    <a className="skip-link" href={`#${targetId}`}>
      {t('a11y.skipToContent')}
    </a>
  );
}
