import type { CSSProperties } from 'react';
import { useT } from '../../../i18n/useT';
import { LabelTag, type LabelTagTone } from '../../../ui/LabelTag';
import type { LiveStatus } from '../types';

const TONES: Record<LiveStatus, LabelTagTone> = { scheduled: 'info', live: 'neutral', ended: 'neutral', cancelled: 'gold' };
// 直播中 stands out in white on red (≥ 4.5:1).
const LIVE_STYLE: CSSProperties = { color: '#fff', background: '#c62828', borderColor: '#c62828', fontWeight: 600 };

export type LiveStatusTagProps = { status: LiveStatus };

/** 即将开始 / 直播中 / 已结束 / 已取消. */
export function LiveStatusTag({ status }: LiveStatusTagProps) {
  const t = useT();
  return (
    <LabelTag tone={TONES[status]} style={status === 'live' ? { ...LIVE_STYLE, marginInlineEnd: 0 } : { marginInlineEnd: 0 }}>
      {t(`live.status.${status}`)}
    </LabelTag>
  );
}
