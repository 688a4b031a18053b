import dayjs, { type Dayjs } from 'dayjs';

/** A DatePicker value as the API's `YYYY-MM-DD`, or null. */
export function toIsoDate(value: Dayjs | null | undefined): string | null {
  return value ? value.format('YYYY-MM-DD') : null;
}

/** An API date (`YYYY-MM-DD`, possibly with a time) as a DatePicker value. */
export function fromIsoDate(value: string | null | undefined): Dayjs | null {
  return value ? dayjs(value.slice(0, 10), 'YYYY-MM-DD') : null;
}

/** An empty text box means "none". */
export function textOrNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}
