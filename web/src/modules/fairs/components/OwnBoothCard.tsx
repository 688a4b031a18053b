import { EditOutlined, PlusOutlined, ShopOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Descriptions, Flex, Popconfirm, Row, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../../i18n/useT';
import { ButtonLink } from '../../../ui/ButtonLink';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LabelTag } from '../../../ui/LabelTag';
import { useAuth } from '../../auth/hooks/useAuth';
import { useFairMutations } from '../hooks/useFairMutations';
import type { Booth, Fair } from '../types';
import { BoothQrCode } from './BoothQrCode';
import { BoothRegistrationModal } from './BoothRegistrationModal';
import { BoothStatusTag } from './BoothStatusTag';

export type OwnBoothCardProps = {
  fair: Fair;
  /** The enterprise's booth at this fair, if it registered one. */
  booth: Booth | null;
  onChanged: () => void;
};

function isRegistrationOpen(fair: Fair): boolean {
  const closes = Date.parse(fair.registrationClosesAt ?? fair.startsAt);
  return fair.status === 'published' && fair.phase === 'upcoming' && Date.now() < closes;
}

/** 我的展位: register a booth (报名参展), then its status, number, positions and QR code. */
export function OwnBoothCard({ fair, booth, onChanged }: OwnBoothCardProps) {
  const t = useT();
  const { me } = useAuth();
  const { message } = App.useApp();
  const { withdrawBooth } = useFairMutations();
  const [isEditing, setEditing] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const isOpen = isRegistrationOpen(fair);
  const isActive = booth !== null && (booth.status === 'pending' || booth.status === 'approved');
  const canRegister = isOpen && !isActive;

  function handleSaved() {
    void message.success(isActive ? t('fairs.ownBooth.saved') : t('fairs.ownBooth.registered'));
    setEditing(false);
    setError(null);
    onChanged();
  }

  async function handleWithdraw() {
    if (!booth) return;
    setError(null);
    try {
      await withdrawBooth(booth);
      void message.success(t('fairs.ownBooth.withdrawn'));
      onChanged();
    } catch (caught) {
      setError(caught);
    }
  }

  const title = (
    <Typography.Title id="own-booth-title" level={2} style={{ fontSize: 16, margin: 0 }}>
      <ShopOutlined aria-hidden="true" /> {t('fairs.ownBooth.title')}
    </Typography.Title>
  );
  return (
    <section aria-labelledby="own-booth-title">
      <Card variant="outlined" size="small" title={title}>
        <Flex vertical gap={12}>
          {error ? <ErrorAlert error={error} /> : null}
          {booth ? (
            <Row gutter={[16, 16]}>
              <Col xs={24} md={booth.status === 'approved' && booth.qrToken ? 14 : 24}>
                <Descriptions size="small" column={1} bordered styles={{ label: { whiteSpace: 'nowrap' } }}>
                  <Descriptions.Item label={t('fairs.field.status')}>
                    <BoothStatusTag status={booth.status} />
                  </Descriptions.Item>
                  <Descriptions.Item label={t('fairs.booth.number')}>
                    {booth.boothNumber ? (
                      <Typography.Text strong style={{ fontSize: 20 }} data-testid="own-booth-number">
                        {booth.boothNumber}
                      </Typography.Text>
                    ) : (
                      <Typography.Text type="secondary">{t('fairs.ownBooth.numberPending')}</Typography.Text>
                    )}
                  </Descriptions.Item>
                  {booth.rejectReason ? <Descriptions.Item label={t('fairs.booth.rejectReason')}>{booth.rejectReason}</Descriptions.Item> : null}
                  <Descriptions.Item label={t('fairs.booth.positions')}>
                    <Flex wrap gap={4}>
                      {booth.positions.map((p) => (
                        <LabelTag key={p.id}>{t('fairs.booth.positionValue', { title: p.title, headcount: p.headcount })}</LabelTag>
                      ))}
                    </Flex>
                  </Descriptions.Item>
                  <Descriptions.Item label={t('fairs.booth.contact')}>
                    {booth.contactName} {booth.contactPhone}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('fairs.booth.staffCount')}>{booth.staffCount}</Descriptions.Item>
                </Descriptions>
              </Col>
              {booth.status === 'approved' && booth.qrToken ? (
                <Col xs={24} md={10}>
                  <section aria-label={t('fairs.ownBooth.qrTitle')}>
                    <Typography.Paragraph style={{ textAlign: 'center', marginBottom: 8 }}>{t('fairs.ownBooth.qrLead')}</Typography.Paragraph>
                    <BoothQrCode qrToken={booth.qrToken} boothNumber={booth.boothNumber} organisationName={booth.organisation.name} />
                  </section>
                </Col>
              ) : null}
            </Row>
          ) : (
            <Typography.Paragraph style={{ margin: 0 }}>{isOpen ? t('fairs.ownBooth.none') : t('fairs.ownBooth.closed')}</Typography.Paragraph>
          )}
          <Flex wrap gap={8}>
            {canRegister ? (
              <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setEditing(true)}>
                {t('fairs.ownBooth.register')}
              </Button>
            ) : null}
            {isActive && fair.phase !== 'over' ? (
              <Button icon={<EditOutlined aria-hidden="true" />} onClick={() => setEditing(true)}>
                {t('fairs.ownBooth.edit')}
              </Button>
            ) : null}
            {isActive && fair.phase === 'upcoming' ? (
              <Popconfirm title={t('fairs.ownBooth.withdrawConfirm')} okText={t('fairs.ownBooth.withdraw')} cancelText={t('common.cancel')} onConfirm={() => void handleWithdraw()}>
                <Button danger>{t('fairs.ownBooth.withdraw')}</Button>
              </Popconfirm>
            ) : null}
            {booth?.status === 'approved' && fair.phase !== 'over' ? (
              <ButtonLink to={`/console/fairs/${fair.id}/booth`}>{t('fairs.ownBooth.desk')}</ButtonLink>
            ) : null}
          </Flex>
        </Flex>
        <BoothRegistrationModal
          isOpen={isEditing}
          fairId={fair.id}
          booth={isActive ? booth : null}
          defaultContactName={me?.displayName ?? ''}
          onClose={() => setEditing(false)}
          onSaved={handleSaved}
        />
      </Card>
    </section>
  );
}
