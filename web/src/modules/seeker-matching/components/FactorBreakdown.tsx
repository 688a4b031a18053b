import { Button, Typography } from 'antd';
import { useId, useState } from 'react';
import { useT } from '../../../i18n/useT';
import { MatchExplanation } from '../../matching/components/MatchExplanation';
import type { RegionNamer } from '../../matching/utils/factors';
import type { FactorScore } from '../types';

export type FactorBreakdownProps = {
  factors: FactorScore[];
  regionName: RegionNamer;
  /** Names the list for screen readers, e.g. "各项评分：制药工程师". */
  label: string;
  /** Shown open, without the toggle (a recommendation's reasons, opened on purpose). */
  isAlwaysOpen?: boolean;
};

/** Every factor with its points out of its weight and the reason, behind a toggle on a card. */
export function FactorBreakdown({ factors, regionName, label, isAlwaysOpen = false }: FactorBreakdownProps) {
  const t = useT();
  const listId = useId();
  const [isOpen, setOpen] = useState(isAlwaysOpen);

  return (
    <div>
      {isAlwaysOpen ? null : (
        <Button
          type="link"
          size="small"
          style={{ paddingInline: 0 }}
          aria-expanded={isOpen}
          aria-controls={listId}
          onClick={() => setOpen((open) => !open)}
        >
          {isOpen ? t('seekerMatching.factors.hide') : t('seekerMatching.factors.show', { count: factors.length })}
        </Button>
      )}
      <div id={listId} hidden={!isOpen} style={{ marginTop: 8 }}>
        {isOpen ? (
          <>
            <MatchExplanation factors={factors} label={label} regionName={regionName} />
            <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0 0' }}>
              {t('seekerMatching.factors.note')}
            </Typography.Paragraph>
          </>
        ) : null}
      </div>
    </div>
  );
}
