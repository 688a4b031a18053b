import {
  CalendarOutlined,
  CheckCircleOutlined,
  CloseCircleOutlined,
  RollbackOutlined,
  SendOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useT } from '../../../i18n/useT';
import { LabelTag, type LabelTagTone } from '../../../ui/LabelTag';
import type { ApplicationStatus } from '../types';

const LOOK: Record<ApplicationStatus, { tone: LabelTagTone; icon: ReactNode }> = {
  applied: { tone: 'info', icon: <SendOutlined aria-hidden="true" /> },
  interview: { tone: 'gold', icon: <CalendarOutlined aria-hidden="true" /> },
  offer: { tone: 'teal', icon: <TrophyOutlined aria-hidden="true" /> },
  hired: { tone: 'success', icon: <CheckCircleOutlined aria-hidden="true" /> },
  declined: { tone: 'neutral', icon: <CloseCircleOutlined aria-hidden="true" /> },
  withdrawn: { tone: 'neutral', icon: <RollbackOutlined aria-hidden="true" /> },
};

export type ApplicationStatusTagProps = { status: ApplicationStatus };

/** 已申请, 安排面试, 已录用, 已入职, 已婉拒, 已撤回. */
export function ApplicationStatusTag({ status }: ApplicationStatusTagProps) {
  const t = useT();
  const look = LOOK[status];
  return (
    <LabelTag tone={look.tone} icon={look.icon}>
      {t(`applicationStatus.${status}`)}
    </LabelTag>
  );
}
