// Matching vocabularies as plain constants with no imports, shared with the web app.

/** How close the post must be to one of the seeker's preferred places (a ranking filter). */
export const LOCATION_FILTERS = ['county', 'prefecture', 'province'] as const;
export type LocationFilter = (typeof LOCATION_FILTERS)[number];

/** draft → approved (it became recommendations) | discarded. */
export const ALLOCATION_STATUSES = ['draft', 'approved', 'discarded'] as const;
export type AllocationStatus = (typeof ALLOCATION_STATUSES)[number];

export const RECOMMENDATION_STATS_GROUPS = ['month', 'year'] as const;
export type RecommendationStatsGroup = (typeof RECOMMENDATION_STATS_GROUPS)[number];

/** At most this many candidates in one recommendation request, and ranked per page. */
export const MAX_RECOMMEND_AT_ONCE = 50;
export const MAX_RANKED = 200;
