import { describe, expect, it } from 'vitest';
import { bestRegionFit, isRegionFitWithin, regionFit } from './regions';

describe('region hierarchy', () => {
  it('fits a county, its prefecture and its province', () => {
    expect(regionFit('532301', '532301')).toBe('county');
    expect(regionFit('532300', '532301')).toBe('county');
    expect(regionFit('530000', '532301')).toBe('county');
    expect(regionFit('532302', '532301')).toBe('prefecture');
    expect(regionFit('530100', '532301')).toBe('province');
    expect(regionFit('530102', '532301')).toBe('province');
    expect(regionFit('510000', '532301')).toBe('elsewhere');
  });

  it('treats a post at prefecture level as not inside a county preference', () => {
    expect(regionFit('532301', '532300')).toBe('prefecture');
    expect(regionFit('532300', '532300')).toBe('county');
  });

  it('takes the best of several preferences', () => {
    expect(bestRegionFit([], '532301')).toBeNull();
    expect(bestRegionFit(['510100', '530100', '532302'], '532301')).toBe('prefecture');
  });

  it('orders fits for filters', () => {
    expect(isRegionFitWithin('county', 'prefecture')).toBe(true);
    expect(isRegionFitWithin('province', 'prefecture')).toBe(false);
    expect(isRegionFitWithin(null, 'province')).toBe(false);
  });
});
