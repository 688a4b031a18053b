import { useT } from '../../../i18n/useT';
import { LabelTag, type LabelTagTone } from '../../../ui/LabelTag';
import type { BulletinStatus } from '../types';

const TONES: Record<BulletinStatus, LabelTagTone> = { draft: 'neutral', published: 'success', withdrawn: 'gold' };

export type BulletinStatusTagProps = { status: BulletinStatus };

export function BulletinStatusTag({ status }: BulletinStatusTagProps) {
  const t = useT();
  return <LabelTag tone={TONES[status]}>{t(`bulletins.status.${status}`)}</LabelTag>;
}
