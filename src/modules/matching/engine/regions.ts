// Where a seeker wants to work against where a post is, on GB/T 2260 six-digit codes: two digits
// of province, two of prefecture, two of county. A preference for a prefecture (532300) or a
// province (530000) covers every county in it.

export type RegionFit = 'county' | 'prefecture' | 'province' | 'elsewhere';

/** How one preferred region fits the post's region. */
export function regionFit(preference: string, postRegion: string): RegionFit {
  if (preference === postRegion) return 'county';
  const isProvince = preference.endsWith('0000');
  const isPrefecture = !isProvince && preference.endsWith('00');
  const samePrefecture = preference.slice(0, 4) === postRegion.slice(0, 4);
  const sameProvince = preference.slice(0, 2) === postRegion.slice(0, 2);
  if ((isPrefecture && samePrefecture) || (isProvince && sameProvince)) return 'county';
  if (samePrefecture) return 'prefecture';
  return sameProvince ? 'province' : 'elsewhere';
}

const FIT_ORDER: Record<RegionFit, number> = { county: 3, prefecture: 2, province: 1, elsewhere: 0 };

/** The best fit of any preference; null without preferences. */
export function bestRegionFit(preferences: readonly string[], postRegion: string): RegionFit | null {
  let best: RegionFit | null = null;
  for (const preference of preferences) {
    const fit = regionFit(preference, postRegion);
    if (best === null || FIT_ORDER[fit] > FIT_ORDER[best]) best = fit;
  }
  return best;
}

/** True when `fit` is at least as close as `level`. */
export function isRegionFitWithin(fit: RegionFit | null, level: Exclude<RegionFit, 'elsewhere'>): boolean {
  return fit !== null && FIT_ORDER[fit] >= FIT_ORDER[level];
}
