import type { Translate } from '../../../i18n/catalogue';
import { formatFenIn, parseMoney } from '../../../../../src/modules/techtransfer/money';

/** Fen shown in a 元 input: exact, no grouping, so that it parses back as typed. */
export function fenToYuanInput(fen: number | null | undefined): string | undefined {
  return fen === null || fen === undefined ? undefined : formatFenIn(fen, 'yuan').replace(/,/g, '');
}

/** A typed amount in 元 (also 万元/亿元 with the unit) → fen; undefined when it is not an amount. */
export function yuanInputToFen(text: string | undefined): number | undefined {
  if (!text?.trim()) return undefined;
  const parsed = parseMoney(text);
  return parsed.ok ? parsed.fen : undefined;
}

/** An antd rule for money inputs typed in 元. */
export function moneyRule(t: Translate) {
  return {
    validator: async (_: unknown, value: string | undefined) => {
      if (value?.trim() && yuanInputToFen(value) === undefined) throw new Error(t('innovation.money.invalid'));
    },
  };
}
