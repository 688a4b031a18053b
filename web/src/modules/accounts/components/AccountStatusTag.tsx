import { CheckCircleOutlined, StopOutlined } from '@ant-design/icons';
import { LabelTag } from '../../../ui/LabelTag';
import { useT } from '../../../i18n/useT';

export type AccountStatusTagProps = { isActive: boolean };

export function AccountStatusTag({ isActive }: AccountStatusTagProps) {
  const t = useT();
  return isActive ? (
    <LabelTag tone="success" icon={<CheckCircleOutlined aria-hidden="true" />}>
      {t('account.status.active')}
    </LabelTag>
  ) : (
    <LabelTag icon={<StopOutlined aria-hidden="true" />}>{t('account.status.inactive')}</LabelTag>
  );
}
