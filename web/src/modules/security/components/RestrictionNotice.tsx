import { Alert } from 'antd';
import type { Restriction } from '../../../api/types';
import { useT } from '../../../i18n/useT';

export type RestrictionNoticeProps = { restriction: Restriction | null };

/** Explains why the account is held on this page until its security set-up is finished. */
export function RestrictionNotice({ restriction }: RestrictionNoticeProps) {
  const t = useT();
  if (!restriction) return null;
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      style={{ marginBottom: 16 }}
      title={t('security.restricted.title')}
      description={
        restriction === 'totp_enrollment' ? t('security.restricted.totp') : t('security.restricted.password')
      }
    />
  );
}
