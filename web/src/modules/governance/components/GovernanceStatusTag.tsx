import { useT } from '../../../i18n/useT';
import { LabelTag, type LabelTagTone } from '../../../ui/LabelTag';
import type { AgreementStatus, ProgressStatus, TechnologyNeedStatus, TermStatus } from '../types';

type Status =
  | { kind: 'progress'; status: ProgressStatus }
  | { kind: 'agreement'; status: AgreementStatus }
  | { kind: 'term'; status: TermStatus }
  | { kind: 'need'; status: TechnologyNeedStatus };

const TONES: { [K in Status['kind']]: Record<Extract<Status, { kind: K }>['status'], LabelTagTone> } = {
  progress: { open: 'info', overdue: 'gold', done: 'success' },
  agreement: { draft: 'neutral', active: 'success', expired: 'gold', terminated: 'neutral' },
  term: { current: 'success', past: 'neutral', upcoming: 'info' },
  need: { open: 'info', in_progress: 'teal', solved: 'success', closed: 'neutral' },
};

export type GovernanceStatusTagProps = Status;

/** The status of a resolution or milestone, an agreement, a council term or appointment, or a technology need, in words. */
export function GovernanceStatusTag(props: GovernanceStatusTagProps) {
  const t = useT();
  switch (props.kind) {
    case 'progress':
      return <LabelTag tone={TONES.progress[props.status]}>{t(`gov.progress.${props.status}`)}</LabelTag>;
    case 'agreement':
      return <LabelTag tone={TONES.agreement[props.status]}>{t(`gov.agreementStatus.${props.status}`)}</LabelTag>;
    case 'term':
      return <LabelTag tone={TONES.term[props.status]}>{t(`gov.termStatus.${props.status}`)}</LabelTag>;
    case 'need':
      return <LabelTag tone={TONES.need[props.status]}>{t(`gov.needStatus.${props.status}`)}</LabelTag>;
  }
}
