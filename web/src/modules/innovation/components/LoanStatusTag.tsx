import { useT } from '../../../i18n/useT';
import { LabelTag, type LabelTagTone } from '../../../ui/LabelTag';
import type { LoanStatus } from '../types';

const TONES: Record<LoanStatus, LabelTagTone> = {
  submitted: 'info',
  under_review: 'gold',
  approved: 'teal',
  disbursed: 'success',
  declined: 'neutral',
  withdrawn: 'neutral',
};

export function LoanStatusTag({ status }: { status: LoanStatus }) {
  const t = useT();
  return <LabelTag tone={TONES[status]}>{t(`loan.status.${status}`)}</LabelTag>;
}
