import { z } from 'zod';

/** NFKC (full-width → half-width) and trimmed: how every text input enters Qiao. */
export function normaliseText(value: string): string {
  return value.normalize('NFKC').trim();
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
