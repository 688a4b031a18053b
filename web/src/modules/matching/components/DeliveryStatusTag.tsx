import { CheckCircleOutlined, ClockCircleOutlined, CloseCircleOutlined, StopOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useT } from '../../../i18n/useT';
import { LabelTag, type LabelTagTone } from '../../../ui/LabelTag';
import type { DeliveryStatus } from '../types';

const LOOK: Record<DeliveryStatus, { tone: LabelTagTone; icon: ReactNode }> = {
  pending: { tone: 'info', icon: <ClockCircleOutlined aria-hidden="true" /> },
  sent: { tone: 'success', icon: <CheckCircleOutlined aria-hidden="true" /> },
  failed: { tone: 'gold', icon: <CloseCircleOutlined aria-hidden="true" /> },
  no_address: { tone: 'neutral', icon: <StopOutlined aria-hidden="true" /> },
};

export type DeliveryStatusTagProps = { status: DeliveryStatus };

/** 待发送, 已发送, 发送失败, 无联系方式. */
export function DeliveryStatusTag({ status }: DeliveryStatusTagProps) {
  const t = useT();
  const look = LOOK[status];
  return (
    <LabelTag tone={look.tone} icon={look.icon}>
      {t(`matching.outbox.status.${status}`)}
    </LabelTag>
  );
}
