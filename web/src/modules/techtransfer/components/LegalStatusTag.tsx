import { Tag } from 'antd';
import { useT } from '../../../i18n/useT';
import type { LegalStatus } from '../types';

const COLOURS: Record<LegalStatus, string> = { pending: 'processing', valid: 'success', lapsed: 'default' };

export function LegalStatusTag({ status }: { status: LegalStatus }) {
  const t = useT();
  return <Tag color={COLOURS[status]}>{t(`tt.legalStatus.${status}`)}</Tag>;
}
