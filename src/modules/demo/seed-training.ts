import { recordAudit, SYSTEM_SOURCE } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { todayInChina } from '../../platform/dates';
import { generateDemoTraining } from './demo-training';
import * as repo from './demo-training.repository';

/**
 * Loads the demo training year into an empty zone: bases with their co-builders, bookings with
 * use, programmes with sessions, enrolments and attendance, competitions with entrants. Runs
 * after the talent pool, whose seekers some trainees and entrants are; changes nothing when bases exist.
 */
export async function seedTraining(ctx: AppContext, zoneId: string, operatorId: string | undefined): Promise<number> {
  if ((await repo.countTrainingBases(ctx.db)) > 0) return 0;
  const organisations = await repo.findZoneOrganisationsByName(ctx.db, zoneId);
  const seekerIds = await repo.findZonePoolSeekerIds(ctx.db, zoneId);
  if (organisations.length === 0 || seekerIds.length === 0) return 0;
  const demo = generateDemoTraining({ organisations, seekerCount: seekerIds.length, today: todayInChina() });
  const orgId = (index: number) => organisations[index]?.id ?? '';
  const seekerId = (index: number | null) => (index === null ? null : (seekerIds[index] ?? null));

  await ctx.db.transaction(async (tx) => {
    const baseIds = await repo.insertBasesReturningIds(
      tx,
      demo.bases.map(({ partnerIndices: _partners, ...base }) => ({ ...base, zoneId, createdAt: new Date(`${base.completedOn ?? '2023-01-01'}T09:00:00+08:00`) })),
    );
    await repo.insertBasePartners(
      tx,
      demo.bases.flatMap((base, i) => base.partnerIndices.map((p, sortOrder) => ({ baseId: baseIds[i] ?? '', organisationId: orgId(p), sortOrder }))),
    );
    await repo.insertBookings(
      tx,
      demo.bookings.map(({ baseIndex, organisationIndex, ...booking }) => ({
        ...booking,
        zoneId,
        baseId: baseIds[baseIndex] ?? '',
        organisationId: orgId(organisationIndex),
        createdBy: operatorId ?? null,
        updatedAt: booking.useRecordedAt ?? booking.cancelledAt ?? booking.createdAt,
      })),
    );

    const programmeIds = await repo.insertProgrammesReturningIds(
      tx,
      demo.programmes.map(({ organiserIndex, baseIndex, sessions: _sessions, enrolments: _enrolments, ...programme }) => ({
        ...programme,
        zoneId,
        organiserId: orgId(organiserIndex),
        baseId: baseIndex === null ? null : (baseIds[baseIndex] ?? null),
      })),
    );
    const sessionIds = await repo.insertSessionsReturningIds(
      tx,
      demo.programmes.flatMap((p, i) => p.sessions.map((s) => ({ ...s, programmeId: programmeIds[i] ?? '' }))),
    );
    const enrolmentIds = await repo.insertEnrolmentsReturningIds(
      tx,
      demo.programmes.flatMap((p, i) =>
        p.enrolments.map(({ seekerIndex, presentAt: _present, ...e }) => ({ ...e, programmeId: programmeIds[i] ?? '', seekerId: seekerId(seekerIndex), updatedAt: e.createdAt })),
      ),
    );
    // Attendance of every session held, for everyone enrolled at the time.
    const attendance: { sessionId: string; enrolmentId: string; isPresent: boolean }[] = [];
    let sessionOffset = 0;
    let enrolmentOffset = 0;
    for (const p of demo.programmes) {
      p.sessions.forEach((s, si) => {
        if (s.heldOn > todayInChina()) return;
        p.enrolments.forEach((e, ei) => {
          const hasLeft = e.withdrawnAt !== null && e.withdrawnAt.getTime() < new Date(`${s.heldOn}T00:00:00+08:00`).getTime();
          if (hasLeft) return;
          attendance.push({ sessionId: sessionIds[sessionOffset + si] ?? '', enrolmentId: enrolmentIds[enrolmentOffset + ei] ?? '', isPresent: e.presentAt.includes(si) });
        });
      });
      sessionOffset += p.sessions.length;
      enrolmentOffset += p.enrolments.length;
    }
    await repo.insertAttendance(tx, attendance);

    const competitionIds = await repo.insertCompetitionsReturningIds(
      tx,
      demo.competitions.map(({ organiserIndex, entrants: _entrants, ...competition }) => ({ ...competition, zoneId, organiserId: orgId(organiserIndex) })),
    );
    await repo.insertEntrants(
      tx,
      demo.competitions.flatMap((c, i) =>
        c.entrants.map(({ seekerIndex, organisationIndex, ...entrant }) => ({
          ...entrant,
          competitionId: competitionIds[i] ?? '',
          seekerId: seekerId(seekerIndex),
          organisationId: organisationIndex === null ? null : orgId(organisationIndex),
        })),
      ),
    );
    await recordAudit(tx, SYSTEM_SOURCE, {
      action: 'demo.seed_training',
      entityType: 'zone',
      entityId: zoneId,
      after: { bases: baseIds.length, bookings: demo.bookings.length, programmes: programmeIds.length, enrolments: enrolmentIds.length, competitions: competitionIds.length },
    });
  });
  return demo.bases.length;
}
