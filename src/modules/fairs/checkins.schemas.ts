import { z } from 'zod';
import { CHECKIN_OUTCOMES } from './fairs.codes';

export const checkinBody = z
  .object({
    deviceId: z.string().min(1).max(64),
    scans: z
      .array(
        z
          .object({
            /** Made on the device when the ticket was scanned; a replay carries the same id. */
            scanId: z.uuid(),
            /** As read or typed: the code, with or without dash, or the ticket URL. */
            ticketCode: z.string().min(1).max(300),
            scannedAt: z.iso.datetime({ offset: true }).transform((v) => new Date(v)),
          })
          .strict(),
      )
      .min(1)
      .max(500),
  })
  .strict();
export type CheckinInput = z.infer<typeof checkinBody>;

export const checkinResultSchema = z.object({
  scanId: z.uuid(),
  outcome: z.enum(CHECKIN_OUTCOMES),
  seekerName: z.string().nullable(),
  checkedInAt: z.string().nullable(),
});
export type CheckinResult = z.infer<typeof checkinResultSchema>;
export const checkinResponse = z.object({ results: z.array(checkinResultSchema) });

export const checkinSummarySchema = z.object({
  registered: z.number().int(),
  checkedIn: z.number().int(),
  lastScans: z.array(
    z.object({
      scanId: z.uuid(),
      deviceId: z.string(),
      ticketCode: z.string(),
      outcome: z.enum(CHECKIN_OUTCOMES),
      seekerName: z.string().nullable(),
      scannedAt: z.string(),
      receivedAt: z.string(),
    }),
  ),
});
export type CheckinSummary = z.infer<typeof checkinSummarySchema>;
