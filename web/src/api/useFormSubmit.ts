import type { FormInstance } from 'antd';
import { useState } from 'react';
import { applyFieldErrors } from './formErrors';

/** Where the server's field problems go: under the inputs of `form` named in `fields`. */
export type FieldErrorTarget = { form: FormInstance; fields: readonly string[] };

/**
 * The busy flag and the last error of a form's submissions. `submit` clears the error, runs the
 * action and, if it throws, puts the field problems under the inputs and keeps the error to show.
 */
export function useFormSubmit() {
  const [error, setError] = useState<unknown>(null);
  const [isSubmitting, setSubmitting] = useState(false);

  async function submit(action: () => Promise<void>, target?: FieldErrorTarget): Promise<void> {
    setSubmitting(true);
    setError(null);
    try {
      await action();
    } catch (caught) {
      if (target) applyFieldErrors(target.form, caught, target.fields);
      setError(caught);
    } finally {
      setSubmitting(false);
    }
  }

  function clearError() {
    setError(null);
  }

  return { error, isSubmitting, submit, clearError };
}
