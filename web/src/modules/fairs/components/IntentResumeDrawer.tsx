import { Drawer, Flex, Typography } from 'antd';
import { useT } from '../../../i18n/useT';
import { useIsPhone } from '../../../ui/useIsPhone';
import { ResumeView } from '../../positions/components/ResumeView';
import { readResume } from '../../positions/utils/resume';
import type { Intent } from '../types';

export type IntentResumeDrawerProps = { intent: Intent | null; onClose: () => void };

/** The résumé a seeker gave at the booth, as the enterprise received it. */
export function IntentResumeDrawer({ intent, onClose }: IntentResumeDrawerProps) {
  const t = useT();
  const isPhone = useIsPhone();
  const resume = intent?.resume ? readResume(intent.resume, intent.seeker.name) : null;
  const title = intent ? t('fairs.intent.resumeTitle', { name: intent.seeker.name }) : '';
  return (
    <Drawer open={intent !== null} onClose={onClose} size={isPhone ? '100%' : 560} title={title} styles={{ body: { padding: 0, overflow: 'hidden', display: 'flex' } }}>
      {intent && resume ? (
        <Flex vertical gap={16} tabIndex={0} role="region" aria-label={title} style={{ flex: 1, overflow: 'auto', padding: 24 }}>
          <Typography.Text type="secondary">{t('fairs.intent.resumeFor', { position: intent.position.title, organisation: intent.organisation.name })}</Typography.Text>
          {intent.accommodation ? (
            <Typography.Paragraph style={{ marginBottom: 0 }}>
              <strong>{t('fairs.intent.accommodation')}：</strong>
              {intent.accommodation}
            </Typography.Paragraph>
          ) : null}
          <ResumeView resume={resume} coverNote={intent.note} />
        </Flex>
      ) : null}
    </Drawer>
  );
}
