import { Typography } from 'antd';
import { useT } from '../../../i18n/useT';
import { useIsPhone } from '../../../ui/useIsPhone';
import type { FactorScore } from '../types';
import { explainFactor, formatPoints, type RegionNamer } from '../utils/factors';

export type MatchExplanationProps = {
  factors: FactorScore[];
  /** Names the list for screen readers, e.g. "匹配说明：张三". */
  label: string;
  /** From `useRegionNamer`, called once by the list rather than once per row. */
  regionName: RegionNamer;
};

/** Why a score is what it is: each factor's points out of its weight, and the reason in plain words. */
export function MatchExplanation({ factors, label, regionName }: MatchExplanationProps) {
  const t = useT();
  const isPhone = useIsPhone();
  return (
    <ul aria-label={label} style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: isPhone ? 10 : 6 }}>
      {factors.map((factor) => {
        const share = factor.max > 0 ? Math.round((factor.points / factor.max) * 100) : 0;
        return (
          <li
            key={factor.factor}
            style={{
              display: 'grid',
              gridTemplateColumns: isPhone ? '1fr auto' : '96px 84px 88px 1fr',
              alignItems: 'center',
              columnGap: 12,
              rowGap: 2,
            }}
          >
            <Typography.Text strong>{t(`matching.factor.${factor.factor}`)}</Typography.Text>
            <span style={{ fontVariantNumeric: 'tabular-nums', textAlign: isPhone ? 'end' : 'start' }}>
              {t('matching.points', { points: formatPoints(factor.points), max: factor.max })}
            </span>
            {isPhone ? null : (
              <span aria-hidden="true" style={{ display: 'inline-block', width: 80, height: 6, background: '#e8eaed', borderRadius: 3, overflow: 'hidden' }}>
                <span style={{ display: 'block', width: `${share}%`, height: '100%', background: share >= 100 ? '#2e7d32' : '#0b57d0' }} />
              </span>
            )}
            <span style={{ gridColumn: isPhone ? '1 / -1' : undefined, color: 'rgba(0, 0, 0, 0.78)' }}>{explainFactor(t, factor, regionName)}</span>
          </li>
        );
      })}
    </ul>
  );
}
