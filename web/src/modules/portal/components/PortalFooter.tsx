import { Typography } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../../i18n/useT';

export type PortalFooterProps = Record<string, never>;

export function PortalFooter(_props: PortalFooterProps) {
  const t = useT();
  return (
    <footer style={{ background: '#1f2937', color: '#e5e7eb', padding: '24px 0', marginTop: 32 }}>
      <div className="qiao-container" style={{ display: 'flex', flexWrap: 'wrap', gap: 16, justifyContent: 'space-between' }}>
        <div>
          <Typography.Paragraph style={{ color: '#f9fafb', fontWeight: 600, marginBottom: 4 }}>
            {t('footer.owner')}
          </Typography.Paragraph>
          <Typography.Paragraph style={{ color: '#d1d5db', marginBottom: 0 }}>{t('footer.operator')}</Typography.Paragraph>
        </div>
        <nav aria-label={t('footer.nav')}>
          <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'flex', gap: 16, flexWrap: 'wrap' }}>
            <li>
              <Link to="/privacy" style={{ color: '#bfdbfe' }}>
                {t('nav.privacy')}
              </Link>
            </li>
            <li>
              <Link to="/register" style={{ color: '#bfdbfe' }}>
                {t('nav.register')}
              </Link>
            </li>
            <li>
              <Link to="/login" style={{ color: '#bfdbfe' }}>
                {t('nav.login')}
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
