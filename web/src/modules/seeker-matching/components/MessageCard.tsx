import { Alert, Button, Card, Flex, Typography } from 'antd';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useLanguage } from '../../../i18n/useLanguage';
import { useT } from '../../../i18n/useT';
import { formatDateTime } from '../../../ui/format';
import { LabelTag } from '../../../ui/LabelTag';
import type { RegionNamer } from '../../matching/utils/factors';
import { ApplicationStatusTag } from '../../positions/components/ApplicationStatusTag';
import type { Notification, Recommendation } from '../types';
import { messagePosition, messageStatus, messageText } from '../utils/messageText';
import { RecommendationReasons } from './RecommendationReasons';
import '../seeker-matching.css';

export type MessageCardProps = {
  notification: Notification;
  /** For a recommendation message: the recommendation it tells of, once loaded (null: no longer there). */
  recommendation: Recommendation | null | undefined;
  regionName: RegionNamer;
};

/** One message: what happened, when, unread or not, and for a recommendation the reasons behind it. */
export function MessageCard({ notification: n, recommendation, regionName }: MessageCardProps) {
  const t = useT();
  const language = useLanguage();
  const reasonsId = useId();
  const [isWhyOpen, setWhyOpen] = useState(false);
  const isUnread = n.readAt === null;
  const position = messagePosition(n);
  const status = messageStatus(n);

  return (
    <Card size="small" variant="outlined" className={isUnread ? 'qiao-message-card is-unread' : 'qiao-message-card'}>
      <Flex justify="space-between" align="start" gap={8} wrap>
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0, minWidth: 0 }}>
          {t(`seekerMatching.messages.kind.${n.kind}`)} · {position.title}
        </Typography.Title>
        {isUnread ? <LabelTag tone="info">{t('seekerMatching.messages.unread')}</LabelTag> : null}
      </Flex>
      <Typography.Paragraph style={{ margin: '6px 0 4px', fontWeight: isUnread ? 600 : 400 }}>{messageText(t, n)}</Typography.Paragraph>
      <Flex gap={8} wrap align="center" style={{ marginBottom: 8 }}>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {formatDateTime(n.createdAt, language)}
        </Typography.Text>
        {status ? <ApplicationStatusTag status={status} /> : null}
      </Flex>
      <Flex gap={12} wrap align="center">
        {n.kind === 'recommended' ? (
          <Button
            size="small"
            aria-expanded={isWhyOpen}
            aria-controls={reasonsId}
            onClick={() => setWhyOpen((open) => !open)}
          >
            {isWhyOpen ? t('seekerMatching.messages.hideWhy') : t('seekerMatching.messages.showWhy')}
          </Button>
        ) : n.kind === 'fair_survey' ? (
          <Link to="/console/me/fairs">{t('seekerMatching.messages.answerSurvey')}</Link>
        ) : (
          <Link to="/console/applications">{t('seekerMatching.messages.viewApplications')}</Link>
        )}
        {position.id ? <Link to={`/positions/${position.id}`}>{t('seekerMatching.messages.viewPosition')}</Link> : null}
      </Flex>
      {n.kind === 'recommended' ? (
        <div id={reasonsId} hidden={!isWhyOpen} style={{ marginTop: 12 }}>
          {isWhyOpen ? (
            recommendation ? (
              <RecommendationReasons recommendation={recommendation} regionName={regionName} />
            ) : recommendation === null ? (
              <Alert type="info" showIcon title={t('seekerMatching.messages.whyMissing')} />
            ) : (
              <Typography.Text type="secondary">{t('common.loading')}</Typography.Text>
            )
          ) : null}
        </div>
      ) : null}
    </Card>
  );
}
