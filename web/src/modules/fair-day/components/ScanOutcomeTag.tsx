import { CheckCircleFilled, ClockCircleOutlined, CloseCircleFilled, InfoCircleFilled } from '@ant-design/icons';
import { useT } from '../../../i18n/useT';
import { LabelTag } from '../../../ui/LabelTag';
import type { QueuedScan } from '../types';

export type ScanOutcomeTagProps = { scan: QueuedScan };

/** A scan's outcome in words (queued while no answer came yet). */
export function ScanOutcomeTag({ scan }: ScanOutcomeTagProps) {
  const t = useT();
  if (scan.state === 'pending' || !scan.outcome) {
    return <LabelTag icon={<ClockCircleOutlined aria-hidden="true" />}>{t('fairDay.outcome.queued')}</LabelTag>;
  }
  switch (scan.outcome) {
    case 'checked_in':
      return (
        <LabelTag tone="success" icon={<CheckCircleFilled aria-hidden="true" />}>
          {t('fairDay.outcome.checked_in')}
        </LabelTag>
      );
    case 'already_checked_in':
      return (
        <LabelTag tone="info" icon={<InfoCircleFilled aria-hidden="true" />}>
          {t('fairDay.outcome.already_checked_in')}
        </LabelTag>
      );
    case 'unknown_ticket':
    case 'cancelled':
    case 'wrong_fair':
      return (
        <LabelTag tone="gold" icon={<CloseCircleFilled aria-hidden="true" />}>
          {t(`fairDay.outcome.${scan.outcome}`)}
        </LabelTag>
      );
  }
}
