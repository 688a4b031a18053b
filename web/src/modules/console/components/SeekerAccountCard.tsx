import { Card, Descriptions, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../../i18n/useT';
import { useAuth } from '../../auth/hooks/useAuth';

export type SeekerAccountCardProps = Record<string, never>;

/** A job seeker's own account as Qiao holds it (phone shown masked). */
export function SeekerAccountCard(_props: SeekerAccountCardProps) {
  const t = useT();
  const { me } = useAuth();
  if (!me) return null;
  return (
    <Card
      variant="outlined"
      title={
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
          {t('dashboard.myAccount')}
        </Typography.Title>
      }
    >
      <Descriptions
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'displayName', label: t('account.field.displayName'), children: me.displayName },
          { key: 'username', label: t('account.field.username'), children: me.username },
          { key: 'phone', label: t('account.field.phone'), children: me.phoneMasked ?? '—' },
          { key: 'email', label: t('account.field.email'), children: me.email ?? '—' },
          { key: 'role', label: t('account.field.role'), children: t(`role.${me.role}`) },
          {
            key: 'totp',
            label: t('account.field.totp'),
            children: me.isTotpEnabled ? t('account.totp.on') : t('account.totp.off'),
          },
        ]}
      />
      <Flex wrap gap={16} style={{ marginTop: 8 }}>
        <Link to="/console/security">{t('dashboard.manageSecurity')}</Link>
        <Link to="/privacy">{t('dashboard.privacyRights')}</Link>
      </Flex>
    </Card>
  );
}
