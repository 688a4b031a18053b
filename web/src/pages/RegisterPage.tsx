import { Card, Typography } from 'antd';
import { Link, Navigate, useSearchParams } from 'react-router';
import { useT } from '../i18n/useT';
import { RegisterForm } from '../modules/auth/components/RegisterForm';
import { useAuth } from '../modules/auth/hooks/useAuth';
import { safeNextPath } from '../modules/auth/utils/safeNext';
import { useDocumentTitle } from '../ui/useDocumentTitle';

export function RegisterPage() {
  const t = useT();
  const { status } = useAuth();
  const [searchParams] = useSearchParams();
  useDocumentTitle(t('register.title'));
  // Registering from a page that needs an account (a live session's apply button) returns there.
  const next = safeNextPath(searchParams.get('next'));
  if (status === 'signedIn') return <Navigate to={next ?? '/console'} replace />;
  return (
    <div className="qiao-container" style={{ maxWidth: 520, paddingBlock: 32 }}>
      <Card variant="outlined">
        <Typography.Title level={1} style={{ fontSize: 26, marginTop: 0 }}>
          {t('register.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('register.lead')}</Typography.Paragraph>
        <RegisterForm next={next} />
        <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0 }}>
          {t('register.haveAccount')} <Link to={next ? `/login?next=${encodeURIComponent(next)}` : '/login'}>{t('nav.login')}</Link>
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
