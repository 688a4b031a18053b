import { CheckCircleOutlined, CloseCircleOutlined, EditOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useT } from '../../../i18n/useT';
import { LabelTag, type LabelTagTone } from '../../../ui/LabelTag';
import type { AllocationStatus } from '../types';

const LOOK: Record<AllocationStatus, { tone: LabelTagTone; icon: ReactNode }> = {
  draft: { tone: 'gold', icon: <EditOutlined aria-hidden="true" /> },
  approved: { tone: 'success', icon: <CheckCircleOutlined aria-hidden="true" /> },
  discarded: { tone: 'neutral', icon: <CloseCircleOutlined aria-hidden="true" /> },
};

export type AllocationStatusTagProps = { status: AllocationStatus };

/** 待审批, 已批准, 已放弃. */
export function AllocationStatusTag({ status }: AllocationStatusTagProps) {
  const t = useT();
  const look = LOOK[status];
  return (
    <LabelTag tone={look.tone} icon={look.icon}>
      {t(`matching.allocation.status.${status}`)}
    </LabelTag>
  );
}
