// How an intent is shown: who reads it decides whether the résumé, the accommodation and the
// staff's notes are in it.
import type { Actor } from '../../platform/access';
import { decryptText, type Keys, maskPhone } from '../../platform/crypto';
import type { FollowUpStatus, IntentLevel } from './fairs.codes';
import type { IntentWithNames } from './intents.repository';
import type { IntentView } from './intents.schemas';

export type IntentAudience = {
  /** The enterprise the intent is with, and the operator. */
  seesResume: boolean;
  /** Only the enterprise the seeker shared it with. */
  seesAccommodation: boolean;
  /** Staff notes and the follow-up: not shown to the seeker. */
  seesNotes: boolean;
};

/** What the actor may read of an intent they can see. */
export function audienceOf(actor: Actor, intent: { organisationId: string }): IntentAudience {
  const isOwnEnterprise = actor.organisationId === intent.organisationId && actor.role !== 'seeker';
  return {
    seesResume: isOwnEnterprise || actor.role === 'operator',
    seesAccommodation: isOwnEnterprise,
    seesNotes: actor.role !== 'seeker',
  };
}

export function toIntentView(keys: Keys, row: IntentWithNames, audience: IntentAudience): IntentView {
  const i = row.intent;
  const resumeCollected = i.resumeCollectedAt !== null;
  return {
    id: i.id,
    fairId: i.fairId,
    booth: { id: i.boothId, boothNumber: row.boothNumber },
    organisation: { id: i.organisationId, name: row.organisationName },
    position: { id: i.positionId, title: row.positionTitle },
    seeker: {
      id: i.seekerId,
      name: row.seekerName,
      educationLevel: row.seekerEducationLevel,
      school: row.seekerSchool,
      major: row.seekerMajor,
      phoneMasked: row.seekerPhoneEnc ? maskPhone(decryptText(keys, row.seekerPhoneEnc)) : null,
    },
    level: i.level as IntentLevel,
    note: audience.seesNotes ? i.note : null,
    source: i.source as IntentView['source'],
    resumeCollected,
    resumeConsentMissing: !resumeCollected && !row.consentGiven,
    resume: audience.seesResume && resumeCollected ? (i.resumeSnapshot as Record<string, unknown>) : null,
    accommodation: audience.seesAccommodation && i.accommodationEnc ? decryptText(keys, i.accommodationEnc) : null,
    followUpStatus: audience.seesNotes ? (i.followUpStatus as FollowUpStatus | null) : null,
    followUpNote: audience.seesNotes ? i.followUpNote : null,
    createdAt: i.createdAt.toISOString(),
  };
}
