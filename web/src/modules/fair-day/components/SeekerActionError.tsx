import { Alert } from 'antd';
import { isApiError } from '../../../api/ApiError';
import { useT } from '../../../i18n/useT';
import { ButtonLink } from '../../../ui/ButtonLink';
import { ErrorAlert } from '../../../ui/ErrorAlert';

export type SeekerActionErrorProps = { error: unknown };

/** Why a seeker's registration or intent failed; a seeker without a profile is sent to fill it in first. */
export function SeekerActionError({ error }: SeekerActionErrorProps) {
  const t = useT();
  const profileProblem = isApiError(error) ? error.fields.find((field) => field.path === 'profile') : undefined;
  if (!profileProblem) return <ErrorAlert error={error} />;
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      title={profileProblem.message}
      description={t('fairDay.register.needsProfile')}
      action={
        <ButtonLink to="/console/profile" size="small" type="primary">
          {t('apply.needsProfile.action')}
        </ButtonLink>
      }
    />
  );
}
