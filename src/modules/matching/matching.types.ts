// Shapes stored in matching tables' JSON columns (kept free of imports so tables and web can share them).

/** One candidate placed in one position by a batch allocation, and why. */
export type AllocationAssignment = {
  seekerId: string;
  seekerName: string;
  positionId: string;
  positionTitle: string;
  organisationName: string;
  /** 1-based place of this position in the seeker's own list, and the list's length. */
  seekerChoice: number;
  seekerChoices: number;
  /** 1-based place of the seeker in the position's order, and how many candidates it ranked. */
  positionRank: number;
  positionCandidates: number;
  /** The score behind the position's order (0–100). */
  score: number;
  /** True when the enterprise's own ordering placed the seeker, not the score. */
  byEmployerOrder: boolean;
};

export type AllocationPositionSummary = {
  positionId: string;
  title: string;
  organisationName: string;
  capacity: number;
  assigned: number;
  candidates: number;
};

export type AllocationResult = {
  assignments: AllocationAssignment[];
  unassigned: { seekerId: string; seekerName: string; choices: number }[];
  positions: AllocationPositionSummary[];
  stats: { candidates: number; positions: number; capacity: number; assigned: number; blockingPairs: number; wallMs: number };
};
