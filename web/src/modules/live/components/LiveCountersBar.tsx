import { CommentOutlined, EyeOutlined, SendOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useT } from '../../../i18n/useT';
import type { LiveCounters } from '../types';

export type LiveCountersBarProps = { counters: LiveCounters };

function Counter({ icon, label, value }: { icon: ReactNode; label: string; value: number }) {
  return (
    <div className="qiao-live-counter">
      <dt>
        {icon} {label}
      </dt>
      <dd>{value.toLocaleString('zh-CN')}</dd>
    </div>
  );
}

/** 在线观看 · 投递 · 提问, as they change (not announced: they change every second). */
export function LiveCountersBar({ counters }: LiveCountersBarProps) {
  const t = useT();
  return (
    <dl className="qiao-live-counters" aria-label={t('live.counters.label')}>
      <Counter icon={<EyeOutlined aria-hidden="true" />} label={t('live.counters.viewers')} value={counters.viewers} />
      <Counter icon={<SendOutlined aria-hidden="true" />} label={t('live.counters.applications')} value={counters.applications} />
      <Counter icon={<CommentOutlined aria-hidden="true" />} label={t('live.counters.questions')} value={counters.questions} />
    </dl>
  );
}
