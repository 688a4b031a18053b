import {
  COUNCIL_ROLES,
  type CouncilRole,
  INDUSTRIES,
  type Industry,
  ORGANISATION_TYPES,
  type OrganisationType,
} from '../../../api/types';
import { DEFAULT_PAGE_SIZE, pageSizeParam, pickParam, positiveIntParam } from '../../../ui/urlParams';

export { DEFAULT_PAGE_SIZE, PAGE_SIZES } from '../../../ui/urlParams';

export type OrganisationFilters = {
  q: string;
  type: OrganisationType | '';
  industry: Industry | '';
  /** A council role, `any` (every council member) or `none` (not a member). */
  councilRole: CouncilRole | 'any' | 'none' | '';
  isActive: 'true' | 'false' | '';
  page: number;
  pageSize: number;
};

/** Filters read from the address bar, so that a filtered list can be bookmarked and shared. */
export function parseOrganisationFilters(params: URLSearchParams): OrganisationFilters {
  return {
    q: (params.get('q') ?? '').trim(),
    type: pickParam(params.get('type'), ORGANISATION_TYPES),
    industry: pickParam(params.get('industry'), INDUSTRIES),
    councilRole: pickParam(params.get('councilRole'), [...COUNCIL_ROLES, 'any', 'none'] as const),
    isActive: pickParam(params.get('isActive'), ['true', 'false'] as const),
    page: positiveIntParam(params.get('page'), 1),
    pageSize: pageSizeParam(params.get('pageSize')),
  };
}

export function toSearchParams(filters: OrganisationFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value === '' || value === undefined) continue;
    if (key === 'page' && value === 1) continue;
    if (key === 'pageSize' && value === DEFAULT_PAGE_SIZE) continue;
    params.set(key, String(value));
  }
  return params;
}

/** The filters without paging, for the export link. */
export function exportQuery(filters: OrganisationFilters): Record<string, string> {
  const { page: _page, pageSize: _pageSize, ...rest } = filters;
  return rest;
}
