import { ErrorAlert, type ErrorAlertProps } from './ErrorAlert';

export type FormErrorAlertProps = Pick<ErrorAlertProps, 'error' | 'extraLines'>;

/** A form's error above its fields, spaced from them; nothing when there is no error. */
export function FormErrorAlert({ error, extraLines }: FormErrorAlertProps) {
  if (!error) return null;
  return (
    <div style={{ marginBottom: 16 }}>
      <ErrorAlert error={error} extraLines={extraLines} />
    </div>
  );
}
