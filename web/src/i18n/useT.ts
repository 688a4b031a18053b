import { useContext } from 'react';
import type { Translate } from './catalogue';
import { I18nContext } from './I18nContext';

/** The translate function for the current UI language. */
export function useT(): Translate {
  return useContext(I18nContext).t;
}
