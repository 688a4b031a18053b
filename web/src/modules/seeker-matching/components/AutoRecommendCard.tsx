import { App, Button, Card, Flex, Switch, Typography } from 'antd';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../../../i18n/useT';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadingBlock } from '../../../ui/LoadingBlock';
import { useAutoRecommend } from '../hooks/useAutoRecommend';
import { useSeekerMatchingMutations } from '../hooks/useSeekerMatchingMutations';

export type AutoRecommendCardProps = {
  /** The seeker has no résumé yet: the switch cannot be saved. */
  isDisabled?: boolean;
};

/** The seeker's right to refuse automated recommendation (PIPL art. 24): what it does, and the switch. */
export function AutoRecommendCard({ isDisabled = false }: AutoRecommendCardProps) {
  const t = useT();
  const switchId = useId();
  const { message } = App.useApp();
  const { setAutoRecommend } = useSeekerMatchingMutations();
  const current = useAutoRecommend();
  const [isSaving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const isOn = current.data?.enabled ?? true;

  async function handleChange(enabled: boolean) {
    setSaving(true);
    setError(null);
    try {
      await setAutoRecommend(enabled);
      void message.success(enabled ? t('seekerMatching.autoRecommend.turnedOn') : t('seekerMatching.autoRecommend.turnedOff'));
      current.reload();
    } catch (caught) {
      setError(caught);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Card
      id="auto-recommend"
      variant="outlined"
      title={
        <Typography.Title level={2} style={{ fontSize: 17, margin: 0, whiteSpace: 'normal' }}>
          {t('seekerMatching.autoRecommend.title')}
        </Typography.Title>
      }
    >
      <Typography.Paragraph>{t('seekerMatching.autoRecommend.explain')}</Typography.Paragraph>
      <Typography.Paragraph>{t('seekerMatching.autoRecommend.refuse')}</Typography.Paragraph>
      {current.error ? (
        <ErrorAlert
          error={current.error}
          action={
            <Button size="small" onClick={current.reload}>
              {t('common.retry')}
            </Button>
          }
        />
      ) : current.data ? (
        <Flex align="center" gap={12} wrap>
          <Switch id={switchId} checked={isOn} loading={isSaving} disabled={isDisabled} onChange={(checked) => void handleChange(checked)} />
          <label htmlFor={switchId} style={{ cursor: isDisabled ? 'default' : 'pointer' }}>
            {t('seekerMatching.autoRecommend.switch')}
          </label>
          <Typography.Text type="secondary" aria-live="polite">
            {isOn ? t('seekerMatching.autoRecommend.on') : t('seekerMatching.autoRecommend.off')}
          </Typography.Text>
        </Flex>
      ) : (
        <LoadingBlock minHeight={40} />
      )}
      {isDisabled ? (
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          {t('seekerMatching.autoRecommend.needsProfile')}
        </Typography.Paragraph>
      ) : (
        <Typography.Paragraph style={{ margin: '12px 0 0' }}>
          <Link to="/console/recommended">{t('seekerMatching.autoRecommend.toRecommended')}</Link>
        </Typography.Paragraph>
      )}
      {error ? (
        <div style={{ marginTop: 12 }}>
          <ErrorAlert error={error} />
        </div>
      ) : null}
    </Card>
  );
}
