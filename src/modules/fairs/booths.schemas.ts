import { z } from 'zod';
import { optionalText, phone, text } from '../../platform/validation';
import { BOOTH_STATUSES } from './fairs.codes';

const positionIds = z.array(z.uuid()).min(1).max(20);

export const createBoothBody = z
  .object({
    /** Operators register a booth on an enterprise's behalf; enterprises register their own. */
    organisationId: z.uuid().optional(),
    positionIds,
    contactName: text(50),
    contactPhone: phone,
    staffCount: z.number().int().min(1).max(50).optional(),
    note: optionalText(500),
  })
  .strict();
export type CreateBoothInput = z.infer<typeof createBoothBody>;

export const updateBoothBody = z
  .object({
    positionIds: positionIds.optional(),
    contactName: text(50).optional(),
    contactPhone: phone.optional(),
    staffCount: z.number().int().min(1).max(50).optional(),
    note: optionalText(500),
    expectedVersion: z.number().int().min(1),
  })
  .strict();
export type UpdateBoothInput = z.infer<typeof updateBoothBody>;

export const approveBoothBody = z
  .object({
    boothNumber: z
      .string()
      .transform((v) => v.trim().toUpperCase())
      .pipe(z.string().regex(/^[A-Z0-9][A-Z0-9-]{0,11}$/, 'fairs.booth_number_format')),
  })
  .strict();
export type ApproveBoothInput = z.infer<typeof approveBoothBody>;

export const rejectBoothBody = z.object({ reason: text(500) }).strict();
export type RejectBoothInput = z.infer<typeof rejectBoothBody>;

export const boothParams = z.object({ fairId: z.uuid(), boothId: z.uuid() });

export const listBoothsQuery = z.object({ status: z.enum(BOOTH_STATUSES).optional() });

export const boothSchema = z.object({
  id: z.uuid(),
  fairId: z.uuid(),
  organisation: z.object({ id: z.uuid(), name: z.string() }),
  status: z.enum(BOOTH_STATUSES),
  boothNumber: z.string().nullable(),
  contactName: z.string(),
  /** In full to the fair's managers and the booth's organisation, masked to anyone else. */
  contactPhone: z.string(),
  staffCount: z.number().int(),
  note: z.string().nullable(),
  rejectReason: z.string().nullable(),
  positions: z.array(z.object({ id: z.uuid(), title: z.string(), headcount: z.number().int(), isDisabilityFriendly: z.boolean() })),
  /** Only to the booth's organisation and the fair's managers. */
  qrToken: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
});
export type BoothView = z.infer<typeof boothSchema>;
export const boothList = z.object({ items: z.array(boothSchema) });
