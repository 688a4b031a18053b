import { z } from 'zod';

const FULL_WIDTH_ALPHANUMERIC = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g;

/**
 * How every text input enters Qiao: full-width digits and letters become ASCII (１２３ → 123), the
 * ideographic space a plain one, trimmed. Chinese punctuation (，（）：) stays as typed — NFKC would
 * turn it into ASCII and damage Chinese prose.
 */
export function normaliseText(value: string): string {
  return value
    .normalize('NFC')
    .replace(FULL_WIDTH_ALPHANUMERIC, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .trim();
}

export const text = (max = 200) => z.string().transform(normaliseText).pipe(z.string().min(1).max(max));
export const optionalText = (max = 200) =>
  z
    .string()
    .transform(normaliseText)
    .pipe(z.string().max(max))
    .transform((v) => (v === '' ? null : v))
    .nullish();

export const PHONE_PATTERN = /^1[3-9]\d{9}$/;

export function normalisePhone(value: string): string {
  return normaliseText(value)
    .replace(/[\s-]/g, '')
    .replace(/^(\+?86)(?=1\d{10}$)/, '');
}

export const phone = z
  .string()
  .transform(normalisePhone)
  .pipe(z.string().regex(PHONE_PATTERN, 'phone.format'));

export const email = z
  .string()
  .transform((v) => normaliseText(v).toLowerCase())
  .pipe(z.email().max(254));

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'field.invalid_date').refine((v) => {
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v);
}, 'field.invalid_date');

export const idParams = z.object({ id: z.uuid() });

export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export function pageResult<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
}

/** Query-string booleans arrive as text. */
export const queryBoolean = z.enum(['true', 'false']).transform((v) => v === 'true');
