import { Empty, Flex, Typography } from 'antd';
import { useLanguage } from '../../../i18n/useLanguage';
import { useT } from '../../../i18n/useT';
import { LabelTag } from '../../../ui/LabelTag';
import type { Intent } from '../../fairs/types';
import { formatEventTime } from '../../../ui/format';
import { formatClock } from '../utils/fairTime';

export type IntentListProps = {
  intents: Intent[];
  /** Whose name heads each row: the seeker's (booth desk) or the enterprise's (a seeker's own list). */
  perspective: 'booth' | 'seeker';
  label: string;
};

/** Intents as a compact phone list: who or where, position, level and whether the résumé went along. */
export function IntentList({ intents, perspective, label }: IntentListProps) {
  const t = useT();
  const language = useLanguage();
  if (intents.length === 0) return <Empty description={t('fairDay.intents.empty')} />;
  return (
    <ul aria-label={label} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {intents.map((intent) => (
        <li key={intent.id} data-testid="intent-row" style={{ borderBottom: '1px solid #f0f0f0', padding: '10px 0' }}>
          <Flex justify="space-between" gap={8} wrap>
            <Flex vertical>
              <Typography.Text strong>
                {perspective === 'booth' ? intent.seeker.name : intent.organisation.name}
                {perspective === 'seeker' && intent.booth.boothNumber ? ` · ${t('fairDay.booth.number', { number: intent.booth.boothNumber })}` : ''}
              </Typography.Text>
              <Typography.Text type="secondary">
                {intent.position.title} ·{' '}
                {perspective === 'booth' ? formatClock(intent.createdAt, language) : formatEventTime(intent.createdAt, null, language)}
              </Typography.Text>
              {intent.note ? <Typography.Text type="secondary">{intent.note}</Typography.Text> : null}
            </Flex>
            <Flex gap={4} wrap align="start">
              <LabelTag tone={intent.level === 'strong' ? 'success' : 'info'}>{t(`fairDay.level.${intent.level}`)}</LabelTag>
              <LabelTag tone={intent.resumeCollected ? 'teal' : 'neutral'}>
                {t(intent.resumeCollected ? 'fairDay.intents.resume' : 'fairDay.intents.noResume')}
              </LabelTag>
            </Flex>
          </Flex>
        </li>
      ))}
    </ul>
  );
}
