import { z } from 'zod';
import { ORGANISATION_TYPES } from '../organisations/organisations.codes';
import { isoDate, optionalText, pageQuery, pageResult, text } from '../../platform/validation';
import { AGREEMENT_DOCUMENT_TYPES, AGREEMENT_STATUSES, AGREEMENT_STORED_STATUSES, AGREEMENT_TYPES } from './governance.codes';
import { organisationRef, searchText } from './governance.schemas';

const MAX_PARTIES = 20;

const agreementFields = {
  title: text(120),
  type: z.enum(AGREEMENT_TYPES),
  /** 合作内容: what the parties agree to do together. */
  scope: text(4000),
  signedOn: isoDate.nullable(),
  /** The last day of the term. */
  endOn: isoDate.nullable(),
  partyIds: z.array(z.uuid()).max(MAX_PARTIES),
};

export const createAgreementBody = z
  .object({
    ...agreementFields,
    signedOn: agreementFields.signedOn.optional(),
    endOn: agreementFields.endOn.optional(),
    /** A new agreement is a draft, or active when it is entered after signing. */
    status: z.enum(['draft', 'active']).default('draft'),
  })
  .strict();
export type CreateAgreementInput = z.infer<typeof createAgreementBody>;

export const updateAgreementBody = z
  .object({
    ...agreementFields,
    status: z.enum(AGREEMENT_STORED_STATUSES),
    terminatedOn: isoDate.nullable(),
    terminationReason: optionalText(500),
  })
  .partial()
  .extend({ version: z.number().int().min(1) })
  .strict();
export type UpdateAgreementInput = z.infer<typeof updateAgreementBody>;

export const agreementDocumentSchema = z.object({
  fileName: z.string(),
  contentType: z.enum(Object.keys(AGREEMENT_DOCUMENT_TYPES) as [keyof typeof AGREEMENT_DOCUMENT_TYPES]),
  byteSize: z.number().int(),
  sha256: z.string(),
  uploadedAt: z.string(),
});

export const agreementSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  type: z.enum(AGREEMENT_TYPES),
  scope: z.string(),
  signedOn: z.string().nullable(),
  endOn: z.string().nullable(),
  /** `expired` when an active agreement's end date has passed. */
  status: z.enum(AGREEMENT_STATUSES),
  /** Days left until the end date, for agreements in force. */
  daysToEnd: z.number().int().nullable(),
  terminatedOn: z.string().nullable(),
  terminationReason: z.string().nullable(),
  parties: z.array(organisationRef),
  document: agreementDocumentSchema.nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type AgreementView = z.infer<typeof agreementSchema>;

export const agreementFilters = z.object({
  status: z.enum(AGREEMENT_STATUSES).optional(),
  type: z.enum(AGREEMENT_TYPES).optional(),
  /** Agreements this organisation is party to. */
  organisationId: z.uuid().optional(),
  /** Agreements with a party of this type, e.g. `school`. */
  partyType: z.enum(ORGANISATION_TYPES).optional(),
  q: searchText,
});
export type AgreementFilters = z.infer<typeof agreementFilters>;
export const listAgreementsQuery = agreementFilters.extend(pageQuery.shape);
export const agreementPage = pageResult(agreementSchema);

/** 到期提醒: agreements in force whose term ends within this many days. */
export const renewalsQuery = z.object({ withinDays: z.coerce.number().int().min(1).max(730).default(90) }).extend(pageQuery.shape);

export const documentUploadQuery = z.object({
  /** The file's name on the uploader's computer; the stored name keeps it, with the real type's extension. */
  fileName: optionalText(200),
});
