import type { Language } from '../../../i18n/catalogue';
import { timeFormat } from '../../../ui/format';

/** A moment of the day such as a check-in, "14:05". */
export function formatClock(iso: string | null, language: Language): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : timeFormat(language).format(date);
}
