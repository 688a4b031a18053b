import { SPECIAL_FOCUSES, type SpecialFocus } from '../../../../../src/modules/fairs/fairs.codes';
import type { Translate } from '../../../i18n/catalogue';

export function isSpecialFocus(value: string | null): value is SpecialFocus {
  return value !== null && (SPECIAL_FOCUSES as readonly string[]).includes(value);
}

/** 残疾人专场 … for a known focus, the stored word otherwise, null without one. */
export function specialFocusLabel(t: Translate, focus: string | null): string | null {
  if (focus === null) return null;
  return isSpecialFocus(focus) ? t(`fairs.focus.${focus}`) : focus;
}
