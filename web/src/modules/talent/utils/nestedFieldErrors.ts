import type { FormInstance } from 'antd';
import { type FieldProblem, isApiError } from '../../../api/ApiError';
import { toNamePath } from '../../../api/formErrors';

export type NestedFieldTargets = {
  /** Top-level fields of the form; a nested path under one of them is shown on the field itself. */
  fields: readonly string[];
  /** Lists and objects whose inner inputs are form items (`education.0.school`, `disability.category`). */
  nested?: readonly string[];
};

/**
 * Puts the server's field problems under the inputs they name, including inputs inside a list
 * (`education.0.endOn` → the end date of the first education entry). Problems for paths the form
 * does not show are returned, for an alert above the form.
 */
export function applyNestedFieldErrors(form: FormInstance, error: unknown, targets: NestedFieldTargets): FieldProblem[] {
  if (!isApiError(error)) return [];
  const grouped = new Map<string, { name: (string | number)[]; errors: string[] }>();
  const unmatched: FieldProblem[] = [];
  for (const problem of error.fields) {
    const path = toNamePath(problem.path);
    const head = String(path[0] ?? '');
    if (!targets.fields.includes(head)) {
      unmatched.push(problem);
      continue;
    }
    const name = targets.nested?.includes(head) && path.length > 1 ? path : [head];
    const key = name.join('.');
    const entry = grouped.get(key) ?? { name, errors: [] };
    entry.errors.push(problem.message);
    grouped.set(key, entry);
  }
  const entries = [...grouped.values()];
  form.setFields(entries.map(({ name, errors }) => ({ name, errors })));
  const first = entries[0];
  if (first) form.scrollToField(first.name, { block: 'center', focus: true });
  return unmatched;
}
