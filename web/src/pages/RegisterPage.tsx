import { Card, Typography } from 'antd';
import { Link, Navigate } from 'react-router';
import { useT } from '../i18n/useT';
import { RegisterForm } from '../modules/auth/components/RegisterForm';
import { useAuth } from '../modules/auth/hooks/useAuth';
import { useDocumentTitle } from '../ui/useDocumentTitle';

export function RegisterPage() {
  const t = useT();
  const { status } = useAuth();
  useDocumentTitle(t('register.title'));
  if (status === 'signedIn') return <Navigate to="/console" replace />;
  return (
    <div className="qiao-container" style={{ maxWidth: 520, paddingBlock: 32 }}>
      <Card variant="outlined">
        <Typography.Title level={1} style={{ fontSize: 26, marginTop: 0 }}>
          {t('register.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('register.lead')}</Typography.Paragraph>
        <RegisterForm />
        <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0 }}>
          {t('register.haveAccount')} <Link to="/login">{t('nav.login')}</Link>
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
