import { recordAudit, SYSTEM_SOURCE } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { todayInChina } from '../../platform/dates';
import { DEMO_NAMED_ENTERPRISES } from './demo-recommendations';
import { generateDemoGovernance } from './demo-governance';
import * as repo from './demo-governance.repository';

/** The article's "50余家企业": how many enterprises the demo's platform visited when it cannot take them from the recommendations. */
const ENTERPRISES_SERVED = 53;

/** A date's evening in China, for the time a record of that day was written. */
function writtenOn(day: string): Date {
  return new Date(`${day}T18:00:00+08:00`);
}

/**
 * Loads the demo governance year into an empty zone: council terms, meetings with resolutions,
 * agreements, dual appointments, visits and symposia, demonstration projects and the three lists.
 * Runs after positions and recommendations, which the visits refer to; changes nothing when
 * council terms exist.
 */
export async function seedGovernance(ctx: AppContext, zoneId: string, operatorId: string | undefined): Promise<number> {
  if ((await repo.countCouncilTerms(ctx.db)) > 0) return 0;
  const organisations = await repo.findZoneOrganisationsByName(ctx.db, zoneId);
  if (organisations.length === 0) return 0;
  const indexOf = new Map(organisations.map((o, i) => [o.id, i]));
  const positions = await repo.findPositions2023(ctx.db, zoneId);
  // The enterprises the platform worked with are the ones it recommended candidates to; without
  // recommendations, the named enterprises and the busiest others.
  let served = await repo.findEnterprisesRecommendedTo2023(ctx.db, zoneId);
  if (served.length < 50 || served.length > 59) {
    const named = organisations.filter((o) => (DEMO_NAMED_ENTERPRISES as readonly string[]).includes(o.name)).map((o) => o.id);
    const enterpriseIds = new Set(organisations.filter((o) => o.type === 'enterprise').map((o) => o.id));
    const busiest = (await repo.findBusiestEnterprises2023(ctx.db, zoneId)).filter((id) => !named.includes(id));
    const others = organisations.filter((o) => enterpriseIds.has(o.id) && !named.includes(o.id) && !busiest.includes(o.id)).map((o) => o.id);
    served = [...named, ...busiest, ...others].slice(0, ENTERPRISES_SERVED);
  }
  const challenges = await repo.findZoneChallenges(ctx.db, zoneId);
  const index = (id: string) => indexOf.get(id) ?? -1;
  const demo = generateDemoGovernance({
    organisations,
    positions: positions.map((p) => ({ organisationIndex: index(p.organisationId), title: p.title, headcount: p.headcount, source: p.source, createdAt: p.createdAt })),
    servedEnterprises: served.map(index).filter((i) => i >= 0),
    challenges: challenges.map((c) => ({ organisationIndex: index(c.organisationId), createdAt: c.createdAt })),
    today: todayInChina(),
  });
  const orgId = (i: number) => organisations[i]?.id ?? '';
  const orgIdOrNull = (i: number | null) => (i === null ? null : orgId(i));

  await ctx.db.transaction(async (tx) => {
    await repo.insertCouncilTerms(
      tx,
      demo.councilTerms.map((t) => ({ zoneId, organisationId: orgId(t.organisationIndex), role: t.role, startOn: t.startOn, endOn: t.endOn, note: t.note, createdAt: writtenOn(t.startOn), updatedAt: writtenOn(t.startOn) })),
    );

    const meetingIds = await repo.insertMeetingsReturningIds(
      tx,
      demo.meetings.map(({ attendees: _a, resolutions: _r, ...m }) => ({ ...m, zoneId, createdBy: operatorId ?? null, createdAt: writtenOn(m.heldOn), updatedAt: writtenOn(m.heldOn) })),
    );
    await repo.insertAttendees(
      tx,
      demo.meetings.flatMap((m, i) =>
        m.attendees.map((a, sortOrder) => ({ meetingId: meetingIds[i] ?? '', organisationId: orgIdOrNull(a.organisationIndex), personName: a.personName, post: a.post, sortOrder })),
      ),
    );
    await repo.insertResolutions(
      tx,
      demo.meetings.flatMap((m, i) =>
        m.resolutions.map(({ ownerIndex, ...r }) => ({
          ...r,
          meetingId: meetingIds[i] ?? '',
          zoneId,
          ownerOrganisationId: orgIdOrNull(ownerIndex),
          createdAt: writtenOn(m.heldOn),
          updatedAt: writtenOn(r.doneOn ?? m.heldOn),
        })),
      ),
    );

    const agreementIds = await repo.insertAgreementsReturningIds(
      tx,
      demo.agreements.map(({ partyIndices: _p, ...a }) => {
        const written = writtenOn(a.signedOn ?? '2024-02-20');
        return { ...a, zoneId, createdBy: operatorId ?? null, createdAt: written, updatedAt: a.terminatedOn ? writtenOn(a.terminatedOn) : written };
      }),
    );
    await repo.insertAgreementParties(
      tx,
      demo.agreements.flatMap((a, i) => a.partyIndices.map((p, sortOrder) => ({ agreementId: agreementIds[i] ?? '', organisationId: orgId(p), sortOrder }))),
    );

    const appointmentIds = await repo.insertAppointmentsReturningIds(
      tx,
      demo.appointments.map(({ homeIndex, hostIndex, outcomes: _o, ...a }) => ({
        ...a,
        zoneId,
        homeOrganisationId: orgId(homeIndex),
        hostOrganisationId: orgId(hostIndex),
        createdAt: writtenOn(a.startOn),
        updatedAt: writtenOn(a.startOn),
      })),
    );
    await repo.insertOutcomes(
      tx,
      demo.appointments.flatMap((a, i) => a.outcomes.map((o) => ({ ...o, appointmentId: appointmentIds[i] ?? '', createdAt: writtenOn(o.occurredOn) }))),
    );

    const visitIds = await repo.insertVisitsReturningIds(
      tx,
      demo.visits.map(({ organisationIndices: _o, positionIndices: _p, challengeIndices: _c, ...v }) => ({
        ...v,
        zoneId,
        createdBy: operatorId ?? null,
        createdAt: writtenOn(v.heldOn),
        updatedAt: writtenOn(v.heldOn),
      })),
    );
    await repo.insertVisitLinks(tx, {
      organisations: demo.visits.flatMap((v, i) => v.organisationIndices.map((o) => ({ visitId: visitIds[i] ?? '', organisationId: orgId(o) }))),
      positions: demo.visits.flatMap((v, i) => v.positionIndices.map((p) => ({ visitId: visitIds[i] ?? '', positionId: positions[p]?.id ?? '' }))),
      challenges: demo.visits.flatMap((v, i) => v.challengeIndices.map((c) => ({ visitId: visitIds[i] ?? '', challengeId: challenges[c]?.id ?? '' }))),
    });

    const projectIds = await repo.insertProjectsReturningIds(
      tx,
      demo.projects.map(({ leadIndex, milestones: _m, ...p }) => ({ ...p, zoneId, leadOrganisationId: orgId(leadIndex), createdAt: writtenOn(p.startOn), updatedAt: writtenOn(p.startOn) })),
    );
    await repo.insertMilestones(
      tx,
      demo.projects.flatMap((p, i) => p.milestones.map((m) => ({ ...m, projectId: projectIds[i] ?? '', createdAt: writtenOn(p.startOn), updatedAt: writtenOn(m.doneOn ?? p.startOn) }))),
    );

    await repo.insertCoreProducts(
      tx,
      demo.coreProducts.map(({ organisationIndex, ...p }) => ({ ...p, zoneId, organisationId: orgId(organisationIndex) })),
    );
    await repo.insertTechnologyNeeds(
      tx,
      demo.technologyNeeds.map(({ organisationIndex, ...n }) => ({ ...n, zoneId, organisationId: orgId(organisationIndex) })),
    );
    await recordAudit(tx, SYSTEM_SOURCE, {
      action: 'demo.seed_governance',
      entityType: 'zone',
      entityId: zoneId,
      after: {
        councilTerms: demo.councilTerms.length,
        meetings: demo.meetings.length,
        agreements: demo.agreements.length,
        appointments: demo.appointments.length,
        visits: demo.visits.length,
        projects: demo.projects.length,
        coreProducts: demo.coreProducts.length,
        technologyNeeds: demo.technologyNeeds.length,
      },
    });
  });
  return demo.councilTerms.length;
}
