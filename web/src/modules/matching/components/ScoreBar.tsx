import { Flex } from 'antd';
import { useT } from '../../../i18n/useT';

export type ScoreBarProps = {
  /** 0–100. */
  score: number;
  /** Narrower bar for dense rows and cards. */
  width?: number;
};

/** A total score as a number with a bar beside it; the number carries the meaning, the bar only helps. */
export function ScoreBar({ score, width = 120 }: ScoreBarProps) {
  const t = useT();
  const share = Math.max(0, Math.min(100, score));
  return (
    <Flex align="center" gap={8}>
      <span style={{ minWidth: 52, whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums', fontWeight: 600 }}>{t('matching.score.value', { score: score.toFixed(1) })}</span>
      <span aria-hidden="true" style={{ display: 'inline-block', width, height: 8, background: '#e8eaed', borderRadius: 4, overflow: 'hidden' }}>
        <span style={{ display: 'block', width: `${share}%`, height: '100%', background: '#0b57d0' }} />
      </span>
    </Flex>
  );
}
