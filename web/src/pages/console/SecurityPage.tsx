import { Col, Row } from 'antd';
import { useT } from '../../i18n/useT';
import { useAuth } from '../../modules/auth/hooks/useAuth';
import { ChangePasswordCard } from '../../modules/security/components/ChangePasswordCard';
import { RestrictionNotice } from '../../modules/security/components/RestrictionNotice';
import { TwoFactorCard } from '../../modules/security/components/TwoFactorCard';
import { PageHeading } from '../../ui/PageHeading';

export function SecurityPage() {
  const t = useT();
  const { restriction } = useAuth();
  return (
    <>
      <PageHeading title={t('menu.security')} description={t('security.lead')} />
      <RestrictionNotice restriction={restriction} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <TwoFactorCard isRequired={restriction === 'totp_enrollment'} />
        </Col>
        <Col xs={24} xl={12}>
          <ChangePasswordCard isRequired={restriction === 'password_change'} />
        </Col>
      </Row>
    </>
  );
}
