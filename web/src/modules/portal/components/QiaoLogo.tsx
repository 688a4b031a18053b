import { Link } from 'react-router';
import { useT } from '../../../i18n/useT';

export type QiaoLogoProps = { to?: string; /** Only the 桥 mark (narrow phone headers). */ isCompact?: boolean };

/** The logo text 桥 with the platform's short name; links home. */
export function QiaoLogo({ to = '/', isCompact = false }: QiaoLogoProps) {
  const t = useT();
  return (
    <Link to={to} className="qiao-logo" aria-label={t('nav.logoLabel')}>
      <span className="qiao-logo-mark" aria-hidden="true">
        桥
      </span>
      {isCompact ? null : <span style={{ fontSize: 16 }}>{t('app.shortName')}</span>}
    </Link>
  );
}
