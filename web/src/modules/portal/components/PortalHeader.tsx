import { NavLink } from 'react-router';
import { useT } from '../../../i18n/useT';
import { LanguageSwitch } from '../../../ui/LanguageSwitch';
import { useAuth } from '../../auth/hooks/useAuth';
import { QiaoLogo } from './QiaoLogo';

export type PortalHeaderProps = Record<string, never>;

export function PortalHeader(_props: PortalHeaderProps) {
  const t = useT();
  const { status } = useAuth();
  return (
    <header style={{ borderBottom: '1px solid #e5e5e5', background: '#fff' }}>
      <div
        className="qiao-container"
        style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8, minHeight: 64, paddingBlock: 8 }}
      >
        <QiaoLogo />
        <nav aria-label={t('nav.main')} className="qiao-portal-nav" style={{ marginLeft: 'auto' }}>
          <ul style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 4, listStyle: 'none', margin: 0, padding: 0 }}>
            <li>
              <NavLink to="/" end>
                {t('nav.home')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/jobs">{t('nav.jobs')}</NavLink>
            </li>
            <li>
              <NavLink to="/fairs">{t('nav.fairs')}</NavLink>
            </li>
            <li>
              <NavLink to="/live">{t('nav.live')}</NavLink>
            </li>
            <li>
              <NavLink to="/bulletins">{t('nav.bulletins')}</NavLink>
            </li>
            {status === 'signedIn' ? (
              <li>
                <NavLink to="/console">{t('nav.console')}</NavLink>
              </li>
            ) : (
              <>
                <li>
                  <NavLink to="/login">{t('nav.login')}</NavLink>
                </li>
                <li>
                  <NavLink to="/register">{t('nav.register')}</NavLink>
                </li>
              </>
            )}
            <li>
              <LanguageSwitch isCompact />
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
