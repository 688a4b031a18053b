// Dates as people type them into spreadsheets: Excel serial numbers, Date cells, and the Chinese
// and dotted forms (2023年6月1日, 2023.06.01, 2023/6/1). Results are ISO 'YYYY-MM-DD'.

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function iso(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  return new Date(EXCEL_EPOCH_MS + Math.round(serial) * 86400000).toISOString().slice(0, 10);
}

/**
 * Parses a full date; `allowMonth` also accepts a year and month alone (2023年6月, 2023.06),
 * taken as the first of the month.
 */
export function parseLooseDate(value: unknown, options: { allowMonth?: boolean } = {}): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value === 'number') return excelSerialToIso(value);
  if (typeof value !== 'string') return null;
  const text = value.normalize('NFKC').trim();
  if (/^\d{5}(\.\d+)?$/.test(text)) return excelSerialToIso(Number(text));
  const full = /^(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?$/.exec(text);
  if (full) return iso(Number(full[1]), Number(full[2]), Number(full[3]));
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (compact) return iso(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  if (options.allowMonth) {
    const month = /^(\d{4})\s*[-./年]\s*(\d{1,2})\s*月?$/.exec(text);
    if (month) return iso(Number(month[1]), Number(month[2]), 1);
  }
  return null;
}

/** Today's date (YYYY-MM-DD) where the zone is: deadlines and "today" follow China time, not UTC. */
export function todayInChina(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}

/** The instant a calendar day (YYYY-MM-DD) begins in China (UTC+8, no daylight saving): the boundary of day, month and year periods. */
export function startOfDayInChina(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00+08:00`);
}
