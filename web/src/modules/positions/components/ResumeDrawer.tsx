import { Drawer, Flex, Typography } from 'antd';
import { useLanguage } from '../../../i18n/useLanguage';
import { useT } from '../../../i18n/useT';
import { formatDateTime } from '../../../ui/format';
import { useIsPhone } from '../../../ui/useIsPhone';
import type { Application } from '../types';
import { readResume } from '../utils/resume';
import { ApplicationActions } from './ApplicationActions';
import { ApplicationStatusTag } from './ApplicationStatusTag';
import { ResumeView } from './ResumeView';

export type ResumeDrawerProps = {
  application: Application | null;
  canAnswer: boolean;
  onClose: () => void;
  onChanged: (application: Application) => void;
};

/** An applicant's résumé beside the list, with the status actions at the bottom. */
export function ResumeDrawer({ application, canAnswer, onClose, onChanged }: ResumeDrawerProps) {
  const t = useT();
  const language = useLanguage();
  const isPhone = useIsPhone();
  const resume = application ? readResume(application.resume, application.seekerName) : null;
  const title = resume ? t('applicationResume.title', { name: resume.name }) : '';
  return (
    <Drawer
      open={application !== null}
      onClose={onClose}
      size={isPhone ? '100%' : 560}
      title={title}
      // The résumé scrolls in its own focusable region, so keyboard users can scroll it (WCAG 2.1.1).
      styles={{ body: { padding: 0, overflow: 'hidden', display: 'flex' } }}
      footer={
        application && canAnswer ? (
          <Flex wrap gap={8}>
            <ApplicationActions application={application} onChanged={onChanged} />
          </Flex>
        ) : null
      }
    >
      {application && resume ? (
        <Flex vertical gap={16} tabIndex={0} role="region" aria-label={title} style={{ flex: 1, overflow: 'auto', padding: 24 }}>
          <Flex wrap gap={8} align="center">
            <ApplicationStatusTag status={application.status} />
            <Typography.Text type="secondary">
              {t('applications.field.appliedAt')}：{formatDateTime(application.createdAt, language)}
            </Typography.Text>
          </Flex>
          {application.status === 'declined' && application.declineReason ? (
            <Typography.Paragraph style={{ marginBottom: 0 }}>
              <strong>{t('applications.field.declineReason')}：</strong>
              {application.declineReason}
            </Typography.Paragraph>
          ) : null}
          <ResumeView resume={resume} coverNote={application.coverNote} />
        </Flex>
      ) : null}
    </Drawer>
  );
}
