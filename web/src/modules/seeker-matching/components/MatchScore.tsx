import { useT } from '../../../i18n/useT';

export type MatchScoreProps = { total: number };

/** 匹配度 82.5: the score on a 0–100 scale, read out with its scale. */
export function MatchScore({ total }: MatchScoreProps) {
  const t = useT();
  return (
    <span className="qiao-match-score">
      <span aria-hidden="true">{t('seekerMatching.score', { score: total })}</span>
      <span className="sr-only">{t('seekerMatching.score.label', { score: total })}</span>
    </span>
  );
}
