import { Alert, Button } from 'antd';
import { isApiError } from '../api/ApiError';
import { useT } from '../i18n/useT';
import { ErrorAlert, type ErrorAlertProps } from './ErrorAlert';

export type FormErrorAlertProps = Pick<ErrorAlertProps, 'error' | 'extraLines'> & {
  /** Shown instead of the error when someone else saved the record first (409 stale_version). */
  staleTitle?: string;
  /** Offered as 重新加载 with the stale-record warning. */
  onReload?: (() => void) | undefined;
};

/** A form's error above its fields, spaced from them; nothing when there is no error. */
export function FormErrorAlert({ error, extraLines, staleTitle, onReload }: FormErrorAlertProps) {
  const t = useT();
  if (!error) return null;
  const isStale = staleTitle !== undefined && isApiError(error) && error.code === 'stale_version';
  return (
    <div style={{ marginBottom: 16 }}>
      {isStale ? (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={staleTitle}
          description={error.message}
          action={
            onReload ? (
              <Button size="small" onClick={onReload}>
                {t('common.reload')}
              </Button>
            ) : undefined
          }
        />
      ) : (
        <ErrorAlert error={error} extraLines={extraLines} />
      )}
    </div>
  );
}
