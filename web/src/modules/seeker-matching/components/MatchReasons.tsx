import { CheckOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useT } from '../../../i18n/useT';
import type { RegionNamer } from '../../matching/utils/factors';
import { explainFactor } from '../../matching/utils/factors';
import type { FactorScore } from '../types';
import { topReasons } from '../utils/topReasons';

export type MatchReasonsProps = { factors: readonly FactorScore[]; regionName: RegionNamer };

/** 推荐理由: the few factors that did most for the match, each in one plain sentence. */
export function MatchReasons({ factors, regionName }: MatchReasonsProps) {
  const t = useT();
  const reasons = topReasons(factors);
  if (reasons.length === 0) return null;
  return (
    <div>
      <Typography.Text strong style={{ fontSize: 13 }}>
        {t('seekerMatching.topReasons')}
      </Typography.Text>
      <ul className="qiao-match-reasons">
        {reasons.map((factor) => (
          <li key={factor.factor}>
            <CheckOutlined aria-hidden="true" className="qiao-match-reason-icon" />
            <span>{explainFactor(t, factor, regionName)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
