// Loan arithmetic on exact integers, with no imports so the web app shares it: amounts are fen
// (分) as everywhere in Qiao (parsing and formatting in techtransfer/money.ts), annual rates are
// basis points (1 bp = 0.01 %), typed and shown as decimal text, never through binary floats.

const PERCENT_PATTERN = /^(\d{1,3})(?:\.(\d{1,2}))?$/;

/** An annual rate typed in percent ("4.35") → basis points (435); null when not a plain rate with at most 2 decimals. */
export function parsePercentToBp(text: string): number | null {
  const match = PERCENT_PATTERN.exec(text.trim());
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** Basis points as a percent with two decimals: 435 → "4.35". */
export function bpToPercent(bp: number): string {
  if (!Number.isSafeInteger(bp) || bp < 0) throw new RangeError(`not basis points: ${bp}`);
  return `${Math.trunc(bp / 100)}.${String(bp % 100).padStart(2, '0')}`;
}

/** What may still be paid out on an approved loan. */
export function remainingToDisburse(approvedFen: number, disbursedFen: number): number {
  if (!Number.isSafeInteger(approvedFen) || !Number.isSafeInteger(disbursedFen)) throw new RangeError('amounts must be whole fen');
  return Math.max(0, approvedFen - disbursedFen);
}

/**
 * Whether a disbursement of `amountFen` fits: the total paid out never exceeds the approved amount.
 * Returns the new total, or null when it would exceed it.
 */
export function addDisbursement(approvedFen: number, disbursedFen: number, amountFen: number): number | null {
  if (!Number.isSafeInteger(amountFen) || amountFen <= 0) return null;
  return amountFen <= remainingToDisburse(approvedFen, disbursedFen) ? disbursedFen + amountFen : null;
}
