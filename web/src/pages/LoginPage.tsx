import { Card, Typography } from 'antd';
import { Link, Navigate, useSearchParams } from 'react-router';
import { useT } from '../i18n/useT';
import { LoginForm } from '../modules/auth/components/LoginForm';
import { useAuth } from '../modules/auth/hooks/useAuth';
import { safeNextPath } from '../modules/auth/utils/safeNext';
import { useDocumentTitle } from '../ui/useDocumentTitle';

export function LoginPage() {
  const t = useT();
  const { status, restriction } = useAuth();
  const [searchParams] = useSearchParams();
  useDocumentTitle(t('login.title'));
  // Signed in (also the moment the form succeeds): go where the visitor was heading, e.g. back to a position.
  const next = safeNextPath(searchParams.get('next'));
  if (status === 'signedIn') return <Navigate to={restriction ? '/console/security' : (next ?? '/console')} replace />;
  return (
    <div className="qiao-container" style={{ maxWidth: 460, paddingBlock: 32 }}>
      <Card variant="outlined">
        <Typography.Title level={1} style={{ fontSize: 26, marginTop: 0 }}>
          {t('login.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('login.lead')}</Typography.Paragraph>
        <LoginForm />
        <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0 }}>
          {t('login.noAccount')} <Link to={next ? `/register?next=${encodeURIComponent(next)}` : '/register'}>{t('nav.register')}</Link>
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
