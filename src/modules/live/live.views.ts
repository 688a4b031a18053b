import type { ItemRow, QuestionWithPosition, SessionWithHost } from './live.repository';
import type { Counters, LiveSessionView, LiveStatus, QuestionStatus, QuestionView, RunSheetItemView } from './live.schemas';

export function toItemView(item: ItemRow, applications: number): RunSheetItemView {
  const p = item.position;
  return {
    id: item.id,
    sortOrder: item.sortOrder,
    notes: item.notes,
    onAirAt: item.onAirAt?.toISOString() ?? null,
    offAirAt: item.offAirAt?.toISOString() ?? null,
    position: {
      id: p.id,
      title: p.title,
      organisation: { id: p.organisationId, name: p.organisationName },
      headcount: p.headcount,
      salaryMin: p.salaryMin,
      salaryMax: p.salaryMax,
      educationLevel: p.educationLevel,
      regionCode: p.regionCode,
      isDisabilityFriendly: p.isDisabilityFriendly,
      status: p.status,
    },
    applications,
  };
}

export function toSessionView(
  session: SessionWithHost,
  items: RunSheetItemView[],
  counters: Counters,
  canManage: boolean,
): LiveSessionView {
  return {
    id: session.id,
    title: session.title,
    description: session.description,
    streamUrl: session.streamUrl,
    presenter: session.presenter,
    hostOrganisation: session.hostOrganisationId && session.hostName ? { id: session.hostOrganisationId, name: session.hostName } : null,
    startsAt: session.startsAt.toISOString(),
    endsAt: session.endsAt.toISOString(),
    status: session.status as LiveStatus,
    onAirItemId: session.onAirItemId,
    items,
    counters,
    // The stored peak is written at most once a second; the live figure may already be above it.
    peakViewers: Math.max(session.peakViewers, counters.viewers),
    version: session.version,
    canManage,
  };
}

export function toQuestionView(q: QuestionWithPosition): QuestionView {
  return {
    id: q.id,
    askerName: q.askerName,
    text: q.text,
    position: q.positionId && q.positionTitle ? { id: q.positionId, title: q.positionTitle } : null,
    status: q.status as QuestionStatus,
    answer: q.answer,
    answeredAt: q.answeredAt?.toISOString() ?? null,
    createdAt: q.createdAt.toISOString(),
  };
}
