// Rows to API views. Who sees what (a phone in full, a booth's QR token, a seeker's full name) is
// decided by the caller and passed in, so each view has one shape.
import QRCode from 'qrcode';
import { maskPhone } from '../../platform/crypto';
import { maskName } from '../training/training.rules';
import type { BoothPositionRow, BoothWithOrganisation } from './booths.repository';
import type { BoothView } from './booths.schemas';
import type { BoothStatus, FairKind, FairPhase, FairStatus } from './fairs.codes';
import type { FairCounts, OrganisationRef } from './fairs.repository';
import type { FairView, PublicFairView } from './fairs.schemas';
import type { FairRow } from './fairs.scope';
import type { TicketRow } from './registrations.repository';
import type { TicketView } from './registrations.schemas';
import { ticketQrContent } from './ticket-code';

export function phaseOf(fair: Pick<FairRow, 'startsAt' | 'endsAt'>, now: Date = new Date()): FairPhase {
  if (now < fair.startsAt) return 'upcoming';
  if (now < fair.endsAt) return 'running';
  return 'over';
}

/** Until when enterprises and seekers may register: the fair's own deadline, or its start. */
export function registrationClosesAt(fair: Pick<FairRow, 'registrationClosesAt' | 'startsAt'>): Date {
  return fair.registrationClosesAt ?? fair.startsAt;
}

const NO_COUNTS: FairCounts = { boothsApproved: 0, boothsPending: 0, registered: 0, checkedIn: 0 };

export function toFairView(fair: FairRow, organisations: ReadonlyMap<string, OrganisationRef>, counts: FairCounts | undefined, canManage: boolean): FairView {
  const ref = (id: string) => {
    const org = organisations.get(id);
    return org ? { id: org.id, name: org.name } : null;
  };
  return {
    id: fair.id,
    kind: fair.kind as FairKind,
    specialFocus: fair.specialFocus,
    title: fair.title,
    description: fair.description,
    venue: fair.venue,
    regionCode: fair.regionCode,
    startsAt: fair.startsAt.toISOString(),
    endsAt: fair.endsAt.toISOString(),
    hostOrganisation: fair.hostOrganisationId ? ref(fair.hostOrganisationId) : null,
    coOrganisers: fair.coOrganiserIds.flatMap((id) => {
      const org = ref(id);
      return org ? [org] : [];
    }),
    boothCapacity: fair.boothCapacity,
    seekerCapacity: fair.seekerCapacity,
    registrationClosesAt: fair.registrationClosesAt?.toISOString() ?? null,
    status: fair.status as FairStatus,
    phase: phaseOf(fair),
    surveySentAt: fair.surveySentAt?.toISOString() ?? null,
    counts: { ...(counts ?? NO_COUNTS) },
    version: fair.version,
    canManage,
  };
}

export function toPublicFairView(
  fair: FairRow,
  organisations: ReadonlyMap<string, OrganisationRef>,
  counts: FairCounts | undefined,
  booths: readonly BoothWithOrganisation[],
  positions: readonly BoothPositionRow[],
): PublicFairView {
  const { canManage: _canManage, surveySentAt: _surveySentAt, counts: all, ...rest } = toFairView(fair, organisations, counts, false);
  return {
    ...rest,
    counts: { boothsApproved: all.boothsApproved, registered: all.registered, checkedIn: all.checkedIn },
    enterprises: booths.map((b) => ({
      name: b.organisationName,
      boothNumber: b.boothNumber,
      positions: positions
        .filter((p) => p.boothId === b.id)
        .map((p) => ({ id: p.id, title: p.title, headcount: p.headcount, salaryMin: p.salaryMin, salaryMax: p.salaryMax, isDisabilityFriendly: p.isDisabilityFriendly })),
    })),
  };
}

export function toBoothView(booth: BoothWithOrganisation, positions: readonly BoothPositionRow[], seesPrivate: boolean): BoothView {
  return {
    id: booth.id,
    fairId: booth.fairId,
    organisation: { id: booth.organisationId, name: booth.organisationName },
    status: booth.status as BoothStatus,
    boothNumber: booth.boothNumber,
    contactName: booth.contactName,
    contactPhone: seesPrivate ? booth.contactPhone : maskPhone(booth.contactPhone),
    staffCount: booth.staffCount,
    note: booth.note,
    rejectReason: booth.rejectReason,
    positions: positions.filter((p) => p.boothId === booth.id).map((p) => ({ id: p.id, title: p.title, headcount: p.headcount, isDisabilityFriendly: p.isDisabilityFriendly })),
    qrToken: seesPrivate ? booth.qrToken : null,
    version: booth.version,
    createdAt: booth.createdAt.toISOString(),
  };
}

export async function toTicketView(ticket: TicketRow, origin: string, options: { maskName: boolean }): Promise<TicketView> {
  return {
    id: ticket.id,
    fairId: ticket.fairId,
    fairTitle: ticket.fairTitle,
    fairStartsAt: ticket.fairStartsAt.toISOString(),
    venue: ticket.venue,
    ticketCode: ticket.ticketCode,
    seekerName: options.maskName ? maskName(ticket.seekerName) : ticket.seekerName,
    status: ticket.status as TicketView['status'],
    checkedInAt: ticket.checkedInAt?.toISOString() ?? null,
    qrPngDataUrl: await QRCode.toDataURL(ticketQrContent(origin, ticket.ticketCode), { errorCorrectionLevel: 'M', margin: 2, scale: 6 }),
  };
}
