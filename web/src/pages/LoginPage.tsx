import { Card, Typography } from 'antd';
import { Link, Navigate } from 'react-router';
import { useT } from '../i18n/useT';
import { LoginForm } from '../modules/auth/components/LoginForm';
import { useAuth } from '../modules/auth/hooks/useAuth';
import { useDocumentTitle } from '../ui/useDocumentTitle';

export function LoginPage() {
  const t = useT();
  const { status, restriction } = useAuth();
  useDocumentTitle(t('login.title'));
  if (status === 'signedIn') return <Navigate to={restriction ? '/console/security' : '/console'} replace />;
  return (
    <div className="qiao-container" style={{ maxWidth: 460, paddingBlock: 32 }}>
      <Card variant="outlined">
        <Typography.Title level={1} style={{ fontSize: 26, marginTop: 0 }}>
          {t('login.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('login.lead')}</Typography.Paragraph>
        <LoginForm />
        <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0 }}>
          {t('login.noAccount')} <Link to="/register">{t('nav.register')}</Link>
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
