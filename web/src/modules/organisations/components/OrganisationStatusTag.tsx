import { CheckCircleOutlined, StopOutlined } from '@ant-design/icons';
import { LabelTag } from '../../../ui/LabelTag';
import { useT } from '../../../i18n/useT';

export type OrganisationStatusTagProps = { isActive: boolean };

/** 启用 / 已停用, with an icon and text (not colour alone). */
export function OrganisationStatusTag({ isActive }: OrganisationStatusTagProps) {
  const t = useT();
  return isActive ? (
    <LabelTag tone="success" icon={<CheckCircleOutlined aria-hidden="true" />}>
      {t('org.status.active')}
    </LabelTag>
  ) : (
    <LabelTag icon={<StopOutlined aria-hidden="true" />}>
      {t('org.status.inactive')}
    </LabelTag>
  );
}
