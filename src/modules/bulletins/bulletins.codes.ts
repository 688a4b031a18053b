// Bulletin vocabularies as plain constants with no imports, shared with the web app.

/** draft → published → withdrawn (and published again); only drafts and withdrawn issues are edited. */
export const BULLETIN_STATUSES = ['draft', 'published', 'withdrawn'] as const;
export type BulletinStatus = (typeof BULLETIN_STATUSES)[number];

/** Bounds of a bulletin issue, kept small enough for a printable PDF and a poster. */
export const BULLETIN_LIMITS = { minYear: 2000, maxYear: 2100, maxPositions: 200, maxContactPoints: 10 } as const;
