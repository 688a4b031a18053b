import {
  CheckCircleOutlined,
  ClockCircleOutlined,
  EditOutlined,
  RollbackOutlined,
  StopOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useT } from '../../../i18n/useT';
import { LabelTag, type LabelTagTone } from '../../../ui/LabelTag';
import type { PositionStatus } from '../types';

const LOOK: Record<PositionStatus, { tone: LabelTagTone; icon: ReactNode }> = {
  draft: { tone: 'neutral', icon: <EditOutlined aria-hidden="true" /> },
  submitted: { tone: 'info', icon: <ClockCircleOutlined aria-hidden="true" /> },
  returned: { tone: 'gold', icon: <RollbackOutlined aria-hidden="true" /> },
  published: { tone: 'success', icon: <CheckCircleOutlined aria-hidden="true" /> },
  closed: { tone: 'neutral', icon: <StopOutlined aria-hidden="true" /> },
  filled: { tone: 'teal', icon: <TeamOutlined aria-hidden="true" /> },
};

export type PositionStatusTagProps = { status: PositionStatus };

/** 草稿, 待审核, 已退回, 招聘中, 已关闭, 已招满 — with an icon and text, not colour alone. */
export function PositionStatusTag({ status }: PositionStatusTagProps) {
  const t = useT();
  const look = LOOK[status];
  return (
    <LabelTag tone={look.tone} icon={look.icon}>
      {t(`positionStatus.${status}`)}
    </LabelTag>
  );
}
