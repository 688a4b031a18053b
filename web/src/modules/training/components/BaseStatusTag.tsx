import { useT } from '../../../i18n/useT';
import { LabelTag, type LabelTagTone } from '../../../ui/LabelTag';
import type { BaseStatus } from '../types';

const TONES: Record<BaseStatus, LabelTagTone> = { planned: 'neutral', under_construction: 'gold', operating: 'success', suspended: 'neutral' };

export function BaseStatusTag({ status }: { status: BaseStatus }) {
  const t = useT();
  return <LabelTag tone={TONES[status]}>{t(`training.baseStatus.${status}`)}</LabelTag>;
}
