// API shapes of the fairs module (server: src/modules/fairs); shared by the console and phone pages.
import type { BoothStatus, FairKind, FairPhase, FairStatus, IntentLevel } from '../../../../src/modules/fairs/fairs.codes';

export type OrganisationRef = { id: string; name: string };

export type Fair = {
  id: string;
  kind: FairKind;
  specialFocus: string | null;
  title: string;
  description: string | null;
  venue: string;
  regionCode: string;
  startsAt: string;
  endsAt: string;
  hostOrganisation: OrganisationRef | null;
  coOrganisers: OrganisationRef[];
  boothCapacity: number;
  seekerCapacity: number | null;
  registrationClosesAt: string | null;
  status: FairStatus;
  phase: FairPhase;
  surveySentAt: string | null;
  counts: { boothsApproved: number; boothsPending: number; registered: number; checkedIn: number };
  version: number;
  canManage: boolean;
};

export type FairPosition = {
  id: string;
  title: string;
  headcount: number;
  salaryMin?: number | null;
  salaryMax?: number | null;
  isDisabilityFriendly: boolean;
};

export type PublicFair = Omit<Fair, 'canManage' | 'surveySentAt' | 'counts'> & {
  counts: { boothsApproved: number; registered: number; checkedIn: number };
  enterprises: { name: string; boothNumber: string | null; positions: FairPosition[] }[];
};

export type Booth = {
  id: string;
  fairId: string;
  organisation: OrganisationRef;
  status: BoothStatus;
  boothNumber: string | null;
  contactName: string;
  contactPhone: string;
  staffCount: number;
  note: string | null;
  rejectReason: string | null;
  positions: FairPosition[];
  qrToken: string | null;
  version: number;
  createdAt: string;
};

export type Ticket = {
  id: string;
  fairId: string;
  fairTitle: string;
  fairStartsAt: string;
  venue: string;
  ticketCode: string;
  seekerName: string;
  status: 'registered' | 'cancelled';
  checkedInAt: string | null;
  qrPngDataUrl: string;
};

export type CheckinOutcome = 'checked_in' | 'already_checked_in' | 'unknown_ticket' | 'cancelled' | 'wrong_fair';
export type CheckinScan = { scanId: string; ticketCode: string; scannedAt: string };
export type CheckinResult = { scanId: string; outcome: CheckinOutcome; seekerName: string | null; checkedInAt: string | null };

export type Intent = {
  id: string;
  fairId: string;
  booth: { id: string; boothNumber: string | null };
  organisation: OrganisationRef;
  position: { id: string; title: string };
  seeker: { id: string; name: string; educationLevel: string | null; school: string | null; major: string | null; phoneMasked: string | null };
  level: IntentLevel;
  note: string | null;
  source: 'booth_scan' | 'seeker_scan';
  resumeCollected: boolean;
  resumeConsentMissing: boolean;
  resume: Record<string, unknown> | null;
  accommodation: string | null;
  followUpStatus: string | null;
  followUpNote: string | null;
  createdAt: string;
};

export type PublicBooth = {
  fair: { id: string; title: string; kind: FairKind; specialFocus: string | null };
  booth: { id: string; boothNumber: string | null; organisation: OrganisationRef; positions: FairPosition[] };
};

export type FairPage = { items: Fair[]; total: number; page: number; pageSize: number };
export type BoothList = { items: Booth[] };
export type IntentPage = { items: Intent[]; total: number; page: number; pageSize: number };

/** `POST /api/fairs` body; `PATCH` adds `expectedVersion`. */
export type FairPayload = {
  kind: FairKind;
  specialFocus?: string | null;
  title: string;
  description?: string | null;
  venue: string;
  regionCode: string;
  startsAt: string;
  endsAt: string;
  hostOrganisationId?: string | null;
  coOrganiserIds?: string[];
  boothCapacity: number;
  seekerCapacity?: number | null;
  registrationClosesAt?: string | null;
};

export type BoothPayload = {
  organisationId?: string;
  positionIds: string[];
  contactName: string;
  contactPhone: string;
  staffCount?: number;
  note?: string | null;
};

export type CheckinSummary = { registered: number; checkedIn: number; lastScans?: unknown };

export type FairStats = {
  registered: number;
  checkedIn: number;
  walkIns: number;
  booths: number;
  intents: number;
  intentPeople: number;
  strongIntents: number;
  resumesCollected: number;
  hiresAttributed: number;
  byEnterprise: { organisation: OrganisationRef; boothNumber: string | null; intents: number; intentPeople: number; resumes: number; hires: number }[];
  byPosition: { position: { id: string; title: string }; organisation: OrganisationRef; intents: number; strong: number; resumes: number; hires: number }[];
  checkinsByHour: { hour: string; count: number }[];
};

export type YearFairFigures = { id: string; title: string; kind: FairKind; startsAt: string; registered: number; checkedIn: number; intentPeople: number; resumes: number; hires: number };

export type FairYearStats = {
  year: number;
  campusFairs: number;
  onsiteFairs: number;
  registered: number;
  checkedIn: number;
  intentPeople: number;
  resumes: number;
  hiresAttributed: number;
  fairs: YearFairFigures[];
};

export type SurveyState = { open: boolean; answered: boolean };
export type SurveyPayload = { overall: number; matchQuality: number; wouldReturn: boolean; comment?: string | null };
export type SurveyGroupResults = { responses: number; overallAvg: number | null; matchAvg: number | null; wouldReturnPct: number | null; distribution: number[] };
export type SurveyResults = {
  seekers: SurveyGroupResults;
  enterprises: SurveyGroupResults;
  comments: { kind: 'seeker' | 'enterprise'; comment: string; createdAt: string }[];
};
