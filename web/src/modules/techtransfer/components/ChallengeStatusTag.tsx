import { Tag } from 'antd';
import { useT } from '../../../i18n/useT';
import type { ChallengeStatus } from '../types';

const COLOURS: Record<ChallengeStatus, string> = {
  draft: 'default',
  open: 'processing',
  reviewing: 'warning',
  award_pending: 'orange',
  awarded: 'success',
  contracted: 'green',
  cancelled: 'default',
};

export function ChallengeStatusTag({ status }: { status: ChallengeStatus }) {
  const t = useT();
  return <Tag color={COLOURS[status]}>{t(`tt.challengeStatus.${status}`)}</Tag>;
}
