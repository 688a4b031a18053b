// Shapes the phone pages of fair day send and read that the shared fairs types do not cover.
import type { EducationLevel } from '../../../../src/modules/positions/positions.codes';
import type { CheckinOutcome, Intent, Ticket } from '../fairs/types';

/** The short form of `POST /api/public/fairs/:id/registrations` (no account needed). */
export type PublicRegistrationInput = {
  name: string;
  phone: string;
  educationLevel: EducationLevel;
  school?: string;
  major?: string;
  graduationOn?: string;
  acceptPrivacyPolicy: true;
};

export type TicketList = { items: Ticket[] };
export type IntentList = { items: Intent[]; total?: number };

/** `GET /api/fairs/:id/survey`. */
export type SurveyState = { open: boolean; answered: boolean };
export type SurveyAnswer = { overall: number; matchQuality: number; wouldReturn: boolean; comment?: string };

export type CheckinSummary = { registered: number; checkedIn: number };

/** A seeker's intent from the booth's QR code (`POST /api/booths/:qrToken/intents`). */
export type SeekerIntentInput = {
  positionId: string;
  level: 'strong' | 'possible';
  shareResume: boolean;
  shareAccommodation?: boolean;
  idempotencyKey: string;
};

/** Booth staff recording an intent for a seeker's ticket (`POST /api/fairs/:id/intents`). */
export type DeskIntentInput = {
  ticketCode: string;
  positionId: string;
  level: 'strong' | 'possible';
  note?: string;
  collectResume: boolean;
  shareAccommodation?: boolean;
  idempotencyKey: string;
};

/** One scan on the check-in device: pending until the server answered it, then kept to show its outcome. */
export type QueuedScan = {
  scanId: string;
  ticketCode: string;
  scannedAt: string;
  state: 'pending' | 'synced';
  outcome: CheckinOutcome | null;
  seekerName: string | null;
  checkedInAt: string | null;
};

/** How a scan reached the device: camera frames repeat a code many times a second, people do not. */
export type ScanSource = 'camera' | 'photo' | 'typed';
