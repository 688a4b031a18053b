import { formatMoney, parseMoney } from '../../../../../src/modules/techtransfer/money';
import type { Translate } from '../../../i18n/catalogue';

/** An exact amount with the unit that reads best: 12.30 万元, 16.41 亿元. */
export function moneyText(fen: number, language: string): string {
  return formatMoney(fen, language === 'en' ? 'en' : 'zh-CN');
}

/** An antd rule for amounts typed as 1,234.56 / 12.3万元; the server reads them exactly again. */
export function moneyRule(t: Translate, options: { isPositive?: boolean } = {}) {
  return {
    validator: async (_: unknown, value: string | undefined) => {
      if (!value?.trim()) return;
      const parsed = parseMoney(value);
      if (!parsed.ok) throw new Error(t(`tt.money.${parsed.problem}`));
      if (options.isPositive && parsed.fen === 0) throw new Error(t('tt.money.positive'));
    },
  };
}

/** The current year in China, for year pickers. */
export function thisYear(): number {
  return Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));
}

/** Years offered by the pickers: from 2018 to this year, newest first. */
export function yearOptions(): { value: number; label: string }[] {
  const years: { value: number; label: string }[] = [];
  for (let y = thisYear(); y >= 2018; y -= 1) years.push({ value: y, label: String(y) });
  return years;
}
