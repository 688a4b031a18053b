import { useT } from '../../../i18n/useT';
import { LabelTag, type LabelTagTone } from '../../../ui/LabelTag';
import type { Booth } from '../types';

const TONES: Record<Booth['status'], LabelTagTone> = { pending: 'gold', approved: 'success', rejected: 'neutral', withdrawn: 'neutral' };

export function BoothStatusTag({ status }: { status: Booth['status'] }) {
  const t = useT();
  return <LabelTag tone={TONES[status]}>{t(`fairs.boothStatus.${status}`)}</LabelTag>;
}
