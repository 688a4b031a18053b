import type { Organisation } from '../../../api/types';

/** The county-level part of "云南省 楚雄彝族自治州 楚雄市" (the full name goes in a tooltip). */
export function shortRegionName(organisation: Pick<Organisation, 'regionName' | 'regionCode'>): string {
  if (!organisation.regionName) return organisation.regionCode;
  const parts = organisation.regionName.trim().split(/\s+/);
  return parts[parts.length - 1] ?? organisation.regionName;
}
