import { Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../../../i18n/useT';
import { ButtonLink } from '../../../ui/ButtonLink';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useSeekerMatchingMutations } from '../hooks/useSeekerMatchingMutations';

export type AutoRecommendOffNoticeProps = { onTurnedOn: () => void };

/** What 为你推荐 says while the seeker has automated recommendation off, with the way to switch it back on. */
export function AutoRecommendOffNotice({ onTurnedOn }: AutoRecommendOffNoticeProps) {
  const t = useT();
  const { setAutoRecommend } = useSeekerMatchingMutations();
  const [isSaving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function handleTurnOn() {
    setSaving(true);
    setError(null);
    try {
      await setAutoRecommend(true);
      onTurnedOn();
    } catch (caught) {
      setError(caught);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Card variant="outlined">
      <Typography.Title level={2} style={{ fontSize: 18, marginTop: 0 }}>
        {t('seekerMatching.off.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('seekerMatching.off.body')}</Typography.Paragraph>
      {error ? (
        <div style={{ marginBottom: 12 }}>
          <ErrorAlert error={error} />
        </div>
      ) : null}
      <Flex gap={8} wrap>
        <Button type="primary" loading={isSaving} onClick={() => void handleTurnOn()}>
          {t('seekerMatching.off.turnOn')}
        </Button>
        <ButtonLink to="/jobs">{t('seekerMatching.off.findJobs')}</ButtonLink>
      </Flex>
      <Typography.Paragraph style={{ margin: '12px 0 0' }}>
        <Link to="/console/consents">{t('seekerMatching.off.manage')}</Link>
      </Typography.Paragraph>
    </Card>
  );
}
