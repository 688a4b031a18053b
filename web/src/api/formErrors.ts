import type { FormInstance } from 'antd';
import { type ApiError, type FieldProblem, isApiError } from './ApiError';

type NamePath = (string | number)[];

/** `contacts[0].phone` / `contacts.0.phone` → ['contacts', 0, 'phone'] */
export function toNamePath(path: string): NamePath {
  return path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((segment) => segment !== '')
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/**
 * Puts the server's field problems under the matching inputs of an antd form.
 * `fieldNames` lists the form's top-level fields (and optional aliases: server path → form field);
 * problems for other paths are returned so the caller can show them in an Alert.
 */
export function applyFieldErrors(
  form: FormInstance,
  error: unknown,
  fieldNames: readonly string[],
  aliases: Record<string, string> = {},
): FieldProblem[] {
  if (!isApiError(error)) return [];
  const grouped = new Map<string, string[]>();
  const unmatched: FieldProblem[] = [];
  for (const field of error.fields) {
    const namePath = toNamePath(field.path);
    const head = String(namePath[0] ?? '');
    const target = aliases[head] ?? head;
    if (!fieldNames.includes(target)) {
      unmatched.push(field);
      continue;
    }
    const key = target;
    grouped.set(key, [...(grouped.get(key) ?? []), field.message]);
  }
  form.setFields([...grouped.entries()].map(([name, errors]) => ({ name, errors })));
  const firstField = grouped.keys().next();
  if (!firstField.done) form.scrollToField(firstField.value, { block: 'center', focus: true });
  return unmatched;
}

/** True when the error is only about fields that are now shown under inputs. */
export function isFullyMapped(error: ApiError, unmatched: FieldProblem[]): boolean {
  return error.code === 'validation_failed' && error.fields.length > 0 && unmatched.length === 0;
}
