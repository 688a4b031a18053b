import { useT } from '../../../i18n/useT';
import { LabelTag, type LabelTagTone } from '../../../ui/LabelTag';
import type { Fair } from '../types';

const PHASE_TONES: Record<Fair['phase'], LabelTagTone> = { upcoming: 'info', running: 'success', over: 'neutral' };

/** 草稿 / 已取消, or where a published fair is in time (即将举办, 进行中, 已结束). */
export function FairStatusTag({ fair }: { fair: Pick<Fair, 'status' | 'phase'> }) {
  const t = useT();
  if (fair.status === 'draft') return <LabelTag tone="gold">{t('fairs.status.draft')}</LabelTag>;
  if (fair.status === 'cancelled') return <LabelTag>{t('fairs.status.cancelled')}</LabelTag>;
  return <LabelTag tone={PHASE_TONES[fair.phase]}>{t(`fairs.phase.${fair.phase}`)}</LabelTag>;
}
