import dayjs, { type Dayjs } from 'dayjs';
import type { CouncilRole, Industry, Organisation, OrganisationType, Region } from '../../../api/types';

/** The body of `POST /api/organisations`. */
export type OrganisationPayload = {
  name: string;
  shortName: string | null;
  type: OrganisationType;
  creditCode: string;
  regionCode: string;
  address: string | null;
  industry: Industry;
  councilRole: CouncilRole | null;
  joinedOn: string | null;
  isHighTech: boolean;
  isTechSme: boolean;
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  website: string | null;
  description: string | null;
};

/** What the antd form holds: the region as a Cascader path, the date as dayjs. */
export type OrganisationFormValues = {
  name: string;
  shortName?: string;
  type: OrganisationType;
  creditCode: string;
  regionCode: string[];
  address?: string;
  industry: Industry;
  councilRole?: CouncilRole | null;
  joinedOn?: Dayjs | null;
  isHighTech: boolean;
  isTechSme: boolean;
  contactName?: string;
  contactPhone?: string;
  contactEmail?: string;
  website?: string;
  description?: string;
};

export const ORGANISATION_FORM_FIELDS = [
  'name',
  'shortName',
  'type',
  'creditCode',
  'regionCode',
  'address',
  'industry',
  'councilRole',
  'joinedOn',
  'isHighTech',
  'isTechSme',
  'contactName',
  'contactPhone',
  'contactEmail',
  'website',
  'description',
] as const;

/** Codes from the root to the division with `code` (inclusive), or [] when it is not in the tree. */
export function findRegionPath(regions: Region[], code: string): string[] {
  for (const region of regions) {
    if (region.code === code) return [region.code];
    const below = findRegionPath(region.children ?? [], code);
    if (below.length > 0) return [region.code, ...below];
  }
  return [];
}

function textOrNull(value: string | undefined | null): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

export function toOrganisationPayload(values: OrganisationFormValues): OrganisationPayload {
  const hasCouncilRole = Boolean(values.councilRole);
  return {
    name: values.name.trim(),
    shortName: textOrNull(values.shortName),
    type: values.type,
    creditCode: values.creditCode.trim().toUpperCase(),
    regionCode: values.regionCode[values.regionCode.length - 1] ?? '',
    address: textOrNull(values.address),
    industry: values.industry,
    councilRole: values.councilRole ?? null,
    joinedOn: hasCouncilRole && values.joinedOn ? values.joinedOn.format('YYYY-MM-DD') : null,
    isHighTech: Boolean(values.isHighTech),
    isTechSme: Boolean(values.isTechSme),
    contactName: textOrNull(values.contactName),
    contactPhone: textOrNull(values.contactPhone),
    contactEmail: textOrNull(values.contactEmail),
    website: textOrNull(values.website),
    description: textOrNull(values.description),
  };
}

/** For a create: leave out empty optional fields rather than sending nulls. */
export function withoutNulls(payload: OrganisationPayload): Partial<OrganisationPayload> {
  return Object.fromEntries(Object.entries(payload).filter(([, value]) => value !== null));
}

/** For an edit: only the fields whose value changed. */
export function changedFields(before: Organisation, payload: OrganisationPayload): Partial<OrganisationPayload> {
  const changes: Partial<Record<keyof OrganisationPayload, unknown>> = {};
  for (const key of Object.keys(payload) as (keyof OrganisationPayload)[]) {
    const previous = key === 'joinedOn' ? (before.joinedOn?.slice(0, 10) ?? null) : (before[key] ?? null);
    if (previous !== payload[key]) changes[key] = payload[key];
  }
  return changes as Partial<OrganisationPayload>;
}

export function toFormValues(organisation: Organisation, regions: Region[]): OrganisationFormValues {
  const path = findRegionPath(regions, organisation.regionCode);
  return {
    name: organisation.name,
    shortName: organisation.shortName ?? undefined,
    type: organisation.type,
    creditCode: organisation.creditCode,
    regionCode: path.length > 0 ? path : [organisation.regionCode],
    address: organisation.address ?? undefined,
    industry: organisation.industry,
    councilRole: organisation.councilRole,
    joinedOn: organisation.joinedOn ? dayjs(organisation.joinedOn.slice(0, 10), 'YYYY-MM-DD') : null,
    isHighTech: organisation.isHighTech,
    isTechSme: organisation.isTechSme,
    contactName: organisation.contactName ?? undefined,
    contactPhone: organisation.contactPhone ?? undefined,
    contactEmail: organisation.contactEmail ?? undefined,
    website: organisation.website ?? undefined,
    description: organisation.description ?? undefined,
  };
}
