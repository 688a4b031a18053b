import { IdcardOutlined } from '@ant-design/icons';
import { Card, Typography } from 'antd';
import { useT } from '../../../i18n/useT';
import { ButtonLink } from '../../../ui/ButtonLink';

export type NeedsProfileNoticeProps = Record<string, never>;

/** What 为你推荐 says before the seeker has a résumé: recommendations are made from it. */
export function NeedsProfileNotice(_props: NeedsProfileNoticeProps) {
  const t = useT();
  return (
    <Card variant="outlined">
      <Typography.Title level={2} style={{ fontSize: 18, marginTop: 0 }}>
        {t('seekerMatching.needsProfile.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('seekerMatching.needsProfile.body')}</Typography.Paragraph>
      <ButtonLink type="primary" to="/console/profile" icon={<IdcardOutlined aria-hidden="true" />}>
        {t('seekerMatching.needsProfile.action')}
      </ButtonLink>
    </Card>
  );
}
