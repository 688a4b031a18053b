import { Alert } from 'antd';
import type { ReactNode } from 'react';
import { isApiError } from '../api/ApiError';
import { useT } from '../i18n/useT';

export type ErrorAlertProps = {
  error: unknown;
  /** Extra content under the message, e.g. a reload button. */
  action?: ReactNode;
  /** Also list field problems that are not shown under an input. */
  extraLines?: string[];
};

/** Shows an API error's (already translated) message, or a client-side message when there is none. */
export function ErrorAlert({ error, action, extraLines = [] }: ErrorAlertProps) {
  const t = useT();
  if (!error) return null;
  let message = t('error.unexpected');
  if (isApiError(error)) {
    if (error.code === 'network_error') message = t('error.network');
    else if (error.message) message = error.message;
  }
  const description =
    extraLines.length > 0 ? (
      <ul style={{ margin: 0, paddingInlineStart: 20 }}>
        {extraLines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    ) : undefined;
  return <Alert type="error" showIcon role="alert" title={message} description={description} action={action} />;
}
