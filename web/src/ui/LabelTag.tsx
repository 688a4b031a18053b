import { Tag } from 'antd';
import type { CSSProperties, ReactNode } from 'react';

export type LabelTagTone = 'neutral' | 'success' | 'info' | 'teal' | 'gold';

export type LabelTagProps = { tone?: LabelTagTone; icon?: ReactNode; children: ReactNode; style?: CSSProperties };

// Text/background pairs that reach ≥ 4.5:1 for the tag's 12 px text (antd's preset tags do not).
const TONES: Record<LabelTagTone, CSSProperties> = {
  neutral: { color: 'rgba(0, 0, 0, 0.82)', background: '#f5f5f5', borderColor: '#d9d9d9' },
  success: { color: '#1b5e20', background: '#e8f5e9', borderColor: '#a5d6a7' },
  info: { color: '#0b3d91', background: '#e8f0fe', borderColor: '#aecbfa' },
  teal: { color: '#00525b', background: '#e0f7fa', borderColor: '#80deea' },
  gold: { color: '#5f4300', background: '#fff8e1', borderColor: '#ffd54f' },
};

/** A small label; its meaning is always in its text, the colour only helps. */
export function LabelTag({ tone = 'neutral', icon, children, style }: LabelTagProps) {
  return (
    <Tag icon={icon} style={{ ...TONES[tone], ...style }}>
      {children}
    </Tag>
  );
}
