import { z } from 'zod';
import { ORGANISATION_TYPES } from '../organisations/organisations.codes';
import { regionCode } from '../organisations/organisations.schemas';
import { isoDate, optionalText, pageQuery, pageResult, queryBoolean, text } from '../../platform/validation';
import { BASE_STATUSES } from './training.codes';

/** A time of day as HH:MM (24-hour clock, Asia/Shanghai). */
export const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'training.time_format');

/** Distinct words (majors, categories) in the order given. */
export const wordList = (maxItems: number, maxLength = 40) =>
  z
    .array(text(maxLength))
    .max(maxItems)
    .transform((items) => [...new Set(items)]);

export const distinctIds = (maxItems: number) =>
  z
    .array(z.uuid())
    .max(maxItems)
    .transform((ids) => [...new Set(ids)]);

const baseFields = {
  name: text(100),
  regionCode,
  address: optionalText(200),
  majors: wordList(30).default([]),
  stations: z.number().int().min(1).max(10000),
  capacity: z.number().int().min(1).max(10000),
  opensAt: timeOfDay,
  closesAt: timeOfDay,
  status: z.enum(BASE_STATUSES).default('operating'),
  isProvincialDemonstrative: z.boolean().default(false),
  completedOn: isoDate.nullish(),
  description: optionalText(2000),
  /** 共建单位 in the order they are named, the lead builder first. */
  partnerIds: distinctIds(20).default([]),
};

export const createBaseBody = z.object(baseFields).strict();
export type CreateBaseInput = z.infer<typeof createBaseBody>;

export const updateBaseBody = z
  .object({
    name: baseFields.name,
    regionCode: baseFields.regionCode,
    address: baseFields.address,
    majors: wordList(30),
    stations: baseFields.stations,
    capacity: baseFields.capacity,
    opensAt: baseFields.opensAt,
    closesAt: baseFields.closesAt,
    status: z.enum(BASE_STATUSES),
    isProvincialDemonstrative: z.boolean(),
    completedOn: baseFields.completedOn,
    description: baseFields.description,
    partnerIds: distinctIds(20),
  })
  .partial()
  .extend({ version: z.number().int().min(1) })
  .strict();
export type UpdateBaseInput = z.infer<typeof updateBaseBody>;

export const partnerSchema = z.object({ id: z.uuid(), name: z.string(), type: z.enum(ORGANISATION_TYPES) });

export const baseSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  address: z.string().nullable(),
  majors: z.array(z.string()),
  stations: z.number().int(),
  capacity: z.number().int(),
  opensAt: z.string(),
  closesAt: z.string(),
  /** Length of the opening hours: the base's hours per day. */
  hoursPerDay: z.number(),
  status: z.enum(BASE_STATUSES),
  isProvincialDemonstrative: z.boolean(),
  completedOn: z.string().nullable(),
  description: z.string().nullable(),
  partners: z.array(partnerSchema),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type BaseView = z.infer<typeof baseSchema>;

export const listBasesQuery = z
  .object({
    status: z.enum(BASE_STATUSES).optional(),
    isProvincialDemonstrative: queryBoolean.optional(),
    q: z.string().trim().max(100).optional(),
  })
  .extend(pageQuery.shape);
export type BaseFilters = Omit<z.infer<typeof listBasesQuery>, 'page' | 'pageSize'>;
export const basePage = pageResult(baseSchema);

export const yearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

export const utilisationQuery = yearQuery.extend({ baseId: z.uuid().optional() });

const monthFigures = {
  bookings: z.number().int(),
  bookedTraineeHours: z.number(),
  usedTraineeHours: z.number(),
  capacityTraineeHours: z.number(),
  /** Used trainee-hours as a share of capacity, in percent to one decimal. */
  utilisationPercent: z.number(),
};

export const utilisationSchema = z.object({
  year: z.number().int(),
  bases: z.array(
    z.object({
      baseId: z.uuid(),
      name: z.string(),
      capacity: z.number().int(),
      hoursPerDay: z.number(),
      months: z.array(z.object({ month: z.string(), ...monthFigures })),
      total: z.object(monthFigures),
    }),
  ),
});
export type UtilisationView = z.infer<typeof utilisationSchema>;

export const trainingStatsSchema = z.object({
  year: z.number().int(),
  /** 省级示范公共实训基地 completed by the end of the year: provincial demonstrative with a completion date in or before it. */
  trainingBases: z.number().int(),
  operatingBases: z.number().int(),
  stations: z.number().int(),
  bookings: z.number().int(),
  usedTraineeHours: z.number(),
  programmes: z.number().int(),
  enrolments: z.number().int(),
  completions: z.number().int(),
  competitions: z.number().int(),
  entrants: z.number().int(),
  awards: z.number().int(),
});
export type TrainingStats = z.infer<typeof trainingStatsSchema>;
