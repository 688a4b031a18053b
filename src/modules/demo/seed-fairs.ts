import { randomUUID } from 'node:crypto';
import { recordAudit, SYSTEM_SOURCE } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { encryptText, lookupHash, randomToken } from '../../platform/crypto';
import { todayInChina } from '../../platform/dates';
import { PRIVACY_POLICY_VERSION } from '../accounts/auth.service';
import { resumeSnapshot } from '../positions/applications.service';
import { idNumberHashOf, phoneHashOf } from '../talent/talent.service';
import { sealDisability } from '../talent/talent.views';
import { maskName } from '../training/training.rules';
import { DEMO_FAIR_NEW_SEEKERS, DEMO_POOL_SEEKERS, type DemoFairsPosition, generateDemoFairs } from './demo-fairs';
import { generateDemoLive } from './demo-live';
import { generateDemoSeekers } from './demo-seekers';
import * as repo from './demo-fairs.repository';
import { findZoneOrganisationsByName } from './demo-training.repository';
import { findAccountIdByUsername, findZonePositionsInOrder, insertApplicationsReturningIds, insertConsents, insertSeekersReturningIds, setPositionFilledCount } from './demo.repository';

/** Demo accounts made for the fairs cannot sign in: no password verifies against this. */
const NO_SIGN_IN = '!demo-account-without-password';

/**
 * Loads the year's fairs and live session, and the ones coming up, over the positions, talent
 * pool and applications already loaded. Changes nothing when any fair exists, or when the talent
 * pool is not the one the demo generated (the records refer to its seekers).
 */
export async function seedFairs(ctx: AppContext, zoneId: string): Promise<number> {
  if ((await repo.countFairs(ctx.db)) > 0) return 0;
  const operatorId = await findAccountIdByUsername(ctx.db, 'operator');
  const organisations = await findZoneOrganisationsByName(ctx.db, zoneId);
  const positionRows = (await findZonePositionsInOrder(ctx.db, zoneId)).filter((p) => p.publishedAt !== null);
  const poolRows = await repo.findPoolSeekerHashes(ctx.db, zoneId);
  if (!operatorId || positionRows.length === 0 || poolRows.length < DEMO_POOL_SEEKERS) return 0;

  const idByHash = new Map(poolRows.map((r) => [r.phoneHash, r.id]));
  const generated = generateDemoSeekers({ count: DEMO_POOL_SEEKERS + DEMO_FAIR_NEW_SEEKERS });
  const poolIds = generated.slice(0, DEMO_POOL_SEEKERS).map((s) => idByHash.get(phoneHashOf(ctx, s.phone)));
  if (poolIds.some((id) => id === undefined)) return 0;
  const poolIndex = new Map(poolIds.map((id, i) => [id as string, i]));
  const orgIndex = new Map(organisations.map((o, i) => [o.id, i]));
  const positionIndex = new Map(positionRows.map((p, i) => [p.id, i]));
  const positions: DemoFairsPosition[] = positionRows.map((p) => ({
    organisationIndex: orgIndex.get(p.organisationId) ?? -1,
    publishedAt: p.publishedAt,
    closingOn: p.closingOn,
    status: p.status,
    headcount: p.headcount,
    filledCount: p.filledCount,
    isDisabilityFriendly: p.isDisabilityFriendly,
  }));
  const taken = new Set<string>();
  const hired = new Set<number>();
  for (const a of await repo.findZoneApplications(ctx.db, zoneId)) {
    const s = poolIndex.get(a.seekerId);
    const p = positionIndex.get(a.positionId);
    if (s === undefined) continue;
    if (p !== undefined) taken.add(`${p}:${s}`);
    if (a.status === 'hired') hired.add(s);
  }
  const today = todayInChina();
  const demo = generateDemoFairs({ organisations, positions, seekers: generated, takenApplications: taken, hiredSeekers: hired, today });
  const openHeadcount = positions.map((p) => p.headcount - p.filledCount);
  for (const h of demo.hires) {
    taken.add(`${h.positionIndex}:${h.seekerIndex}`);
    hired.add(h.seekerIndex);
    openHeadcount[h.positionIndex] = (openHeadcount[h.positionIndex] ?? 0) - 1;
  }
  const live = generateDemoLive({
    organisations,
    positions,
    viewers: demo.newSeekers.flatMap((s, k) => (s.username ? [{ seekerIndex: DEMO_POOL_SEEKERS + k, since: s.createdAt }] : [])),
    openHeadcount,
    takenApplications: taken,
    hiredSeekers: hired,
    today,
  });

  await ctx.db.transaction(async (tx) => {
    const orgId = (i: number) => organisations[i]?.id ?? '';
    const positionId = (i: number) => positionRows[i]?.id ?? '';

    // Accounts: seekers who registered on their phones, and a recruiter for each exhibitor without one.
    const withAccount = demo.newSeekers.filter((s) => s.username);
    const seekerAccountIds = await repo.insertAccountsReturningIds(
      tx,
      withAccount.map((s) => ({
        username: s.username ?? '',
        displayName: s.name,
        phoneEnc: encryptText(ctx.keys, s.phone),
        phoneHash: lookupHash(ctx.keys, 'phone', s.phone),
        role: 'seeker',
        passwordHash: NO_SIGN_IN,
        privacyPolicyVersion: PRIVACY_POLICY_VERSION,
        privacyAcceptedAt: s.createdAt,
        passwordChangedAt: s.createdAt,
        createdAt: s.createdAt,
        updatedAt: s.createdAt,
      })),
    );
    const accountOfUsername = new Map(withAccount.map((s, i) => [s.username, seekerAccountIds[i] ?? '']));
    const exhibitors = [...new Set(demo.booths.map((b) => b.organisationIndex))];
    const staffOf = new Map<number, string>();
    for (const a of await repo.findOrganisationAccounts(tx, [...exhibitors, ...demo.fairs.flatMap((f) => (f.hostIndex === null ? [] : [f.hostIndex]))].map(orgId))) {
      const i = orgIndex.get(a.organisationId ?? '');
      if (i !== undefined && !staffOf.has(i)) staffOf.set(i, a.id);
    }
    const missing = exhibitors.filter((i) => !staffOf.has(i));
    const staffIds = await repo.insertAccountsReturningIds(
      tx,
      missing.map((i) => {
        const contact = demo.contacts.get(i);
        return {
          username: `hr-${String(i).padStart(3, '0')}`,
          displayName: contact?.name ?? '招聘专员',
          phoneEnc: contact ? encryptText(ctx.keys, contact.phone) : null,
          phoneHash: contact ? lookupHash(ctx.keys, 'phone', contact.phone) : null,
          role: 'org_staff',
          organisationId: orgId(i),
          zoneId,
          passwordHash: NO_SIGN_IN,
          createdAt: new Date('2023-01-09T02:00:00Z'),
        };
      }),
    );
    missing.forEach((i, k) => staffOf.set(i, staffIds[k] ?? ''));

    // The new seekers, from the fair that brought them in.
    const newIds = await insertSeekersReturningIds(
      tx,
      demo.newSeekers.map(({ idNumber, phone, disability, consents: _consents, username, createdAt, ...fields }) => ({
        ...fields,
        zoneId,
        accountId: username ? (accountOfUsername.get(username) ?? null) : null,
        idNumberEnc: encryptText(ctx.keys, idNumber),
        idNumberHash: idNumberHashOf(ctx, idNumber),
        phoneEnc: encryptText(ctx.keys, phone),
        phoneHash: phoneHashOf(ctx, phone),
        disabilityEnc: disability ? sealDisability(ctx.keys, disability) : null,
        createdBy: username ? (accountOfUsername.get(username) ?? null) : operatorId,
        createdAt,
        updatedAt: createdAt,
      })),
    );
    const seekerId = (i: number) => (i < DEMO_POOL_SEEKERS ? (poolIds[i] ?? '') : (newIds[i - DEMO_POOL_SEEKERS] ?? ''));
    const accountOfSeeker = (i: number): string | null => {
      const username = i >= DEMO_POOL_SEEKERS ? demo.newSeekers[i - DEMO_POOL_SEEKERS]?.username : null;
      return username ? (accountOfUsername.get(username) ?? null) : null;
    };
    await insertConsents(tx, [
      ...demo.newSeekers.flatMap((s, k) =>
        s.consents.map((purpose) => ({ seekerId: newIds[k] ?? '', purpose, policyVersion: PRIVACY_POLICY_VERSION, grantedAt: s.createdAt, recordedBy: s.username ? null : operatorId })),
      ),
      ...demo.shareConsents.map((c) => ({
        seekerId: seekerId(c.seekerIndex),
        purpose: 'share_with_organisation',
        organisationId: orgId(c.organisationIndex),
        policyVersion: PRIVACY_POLICY_VERSION,
        grantedAt: c.grantedAt,
        recordedBy: c.isRecordedAtBooth ? (staffOf.get(c.organisationIndex) ?? null) : null,
      })),
    ]);

    // Fairs, booths, tickets, scans.
    const managerOf = demo.fairs.map((f) => (f.hostIndex !== null ? (staffOf.get(f.hostIndex) ?? operatorId) : operatorId));
    const fairIds = await repo.insertFairsReturningIds(
      tx,
      demo.fairs.map(({ hostIndex, coOrganiserIndices, ...fair }, f) => ({
        ...fair,
        zoneId,
        hostOrganisationId: hostIndex === null ? null : orgId(hostIndex),
        coOrganiserIds: coOrganiserIndices.map(orgId),
        createdBy: managerOf[f] ?? operatorId,
        updatedAt: fair.surveySentAt ?? fair.createdAt,
      })),
    );
    const boothIds = await repo.insertBoothsReturningIds(
      tx,
      demo.booths.map(({ fairIndex, organisationIndex, positionIndices: _positions, ...booth }) => ({
        ...booth,
        fairId: fairIds[fairIndex] ?? '',
        organisationId: orgId(organisationIndex),
        qrToken: randomToken(18),
        decidedBy: booth.status === 'approved' || booth.status === 'rejected' ? (managerOf[fairIndex] ?? operatorId) : null,
        createdBy: staffOf.get(organisationIndex) ?? null,
        updatedAt: booth.decidedAt ?? booth.createdAt,
      })),
    );
    await repo.insertBoothPositions(
      tx,
      demo.booths.flatMap((b, bi) => b.positionIndices.map((p, sortOrder) => ({ boothId: boothIds[bi] ?? '', positionId: positionId(p), sortOrder }))),
    );
    const registrationIds = await repo.insertRegistrationsReturningIds(
      tx,
      demo.registrations.map((r) => ({
        fairId: fairIds[r.fairIndex] ?? '',
        seekerId: seekerId(r.seekerIndex),
        ticketCode: r.ticketCode,
        source: r.source,
        status: r.status,
        checkedInAt: r.checkedInAt,
        checkedInBy: r.checkedInAt ? (managerOf[r.fairIndex] ?? null) : null,
        createdBy: r.source === 'walk_in' ? (managerOf[r.fairIndex] ?? null) : accountOfSeeker(r.seekerIndex),
        createdAt: r.createdAt,
        updatedAt: r.checkedInAt ?? r.createdAt,
      })),
    );
    await repo.insertScans(
      tx,
      demo.scans.map((s) => ({
        id: s.id,
        fairId: fairIds[s.fairIndex] ?? '',
        deviceId: s.deviceId,
        ticketCode: s.ticketCode,
        registrationId: s.registrationIndex === null ? null : (registrationIds[s.registrationIndex] ?? null),
        outcome: s.outcome,
        scannedAt: s.scannedAt,
        receivedAt: s.receivedAt,
        accountId: managerOf[s.fairIndex] ?? null,
      })),
    );

    // Intents with the résumés as the enterprises received them, and the accommodation where shared.
    const needed = [...new Set([...demo.intents.filter((i) => i.resumeCollectedAt).map((i) => i.seekerIndex), ...demo.hires.map((h) => h.seekerIndex), ...live.applications.map((a) => a.seekerIndex)])];
    const rows = new Map((await repo.findSeekersByIds(tx, needed.map(seekerId))).map((row) => [row.id, row]));
    const snapshots = new Map([...rows.values()].map((row) => [row.id, resumeSnapshot(ctx, row)]));
    await repo.insertIntents(
      tx,
      demo.intents.map((intent) => {
        const booth = demo.booths[intent.boothIndex];
        const organisationIndex = booth?.organisationIndex ?? 0;
        const accommodation = intent.sharesAccommodation ? generated[intent.seekerIndex]?.disability?.accommodation : undefined;
        return {
          fairId: fairIds[intent.fairIndex] ?? '',
          boothId: boothIds[intent.boothIndex] ?? '',
          organisationId: orgId(organisationIndex),
          positionId: positionId(intent.positionIndex),
          seekerId: seekerId(intent.seekerIndex),
          registrationId: registrationIds[intent.registrationIndex] ?? null,
          level: intent.level,
          note: intent.note,
          source: intent.source,
          resumeSnapshot: intent.resumeCollectedAt ? (snapshots.get(seekerId(intent.seekerIndex)) ?? null) : null,
          resumeCollectedAt: intent.resumeCollectedAt,
          accommodationEnc: accommodation ? encryptText(ctx.keys, accommodation) : null,
          recordedBy: intent.source === 'seeker_scan' ? accountOfSeeker(intent.seekerIndex) : (staffOf.get(organisationIndex) ?? null),
          idempotencyKey: intent.idempotencyKey,
          followUpStatus: intent.followUpStatus,
          followUpNote: intent.followUpNote,
          createdAt: intent.createdAt,
          updatedAt: intent.updatedAt,
        };
      }),
    );
    await repo.insertSurveyResponses(
      tx,
      demo.surveyResponses.flatMap((r) => {
        const accountId = r.respondent.kind === 'seeker' ? accountOfSeeker(r.respondent.seekerIndex) : (staffOf.get(r.respondent.organisationIndex) ?? null);
        if (!accountId) return [];
        return [
          {
            fairId: fairIds[r.fairIndex] ?? '',
            accountId,
            respondentKind: r.respondent.kind,
            organisationId: r.respondent.kind === 'enterprise' ? orgId(r.respondent.organisationIndex) : null,
            overall: r.overall,
            matchQuality: r.matchQuality,
            wouldReturn: r.wouldReturn,
            comment: r.comment,
            createdAt: r.createdAt,
          },
        ];
      }),
    );

    // Hires after the fairs, and the live session's applications.
    const application = (a: { positionIndex: number; seekerIndex: number; status: string; createdAt: Date; statusChangedAt: Date; hiredAt: Date | null; declineReason: string | null }, channel: string, idempotencyKey: string | null) => ({
      positionId: positionId(a.positionIndex),
      seekerId: seekerId(a.seekerIndex),
      organisationId: positionRows[a.positionIndex]?.organisationId ?? '',
      status: a.status,
      resumeSnapshot: snapshots.get(seekerId(a.seekerIndex)) ?? {},
      declineReason: a.declineReason,
      channel,
      idempotencyKey,
      statusChangedAt: a.statusChangedAt,
      hiredAt: a.hiredAt,
      createdAt: a.createdAt,
      updatedAt: a.statusChangedAt,
    });
    await insertApplicationsReturningIds(
      tx,
      demo.hires.map((h) => application({ ...h, status: 'hired', statusChangedAt: h.hiredAt, declineReason: null }, 'fair', null)),
    );
    const nameOf = (i: number) => generated[i]?.name ?? '';
    await seedLive(tx, live, { zoneId, operatorId, orgId, positionId, seekerId, nameOf, accountOfSeeker, positionRows, organisations, application });

    // Filled counts after every hire, as a hire through the API keeps them.
    const fills = new Map<number, { hires: number; last: Date }>();
    for (const h of [...demo.hires, ...live.hires]) {
      const fill = fills.get(h.positionIndex) ?? { hires: 0, last: h.hiredAt };
      fills.set(h.positionIndex, { hires: fill.hires + 1, last: fill.last > h.hiredAt ? fill.last : h.hiredAt });
    }
    for (const [p, fill] of fills) {
      const row = positionRows[p];
      if (!row) continue;
      const filledCount = row.filledCount + fill.hires;
      await setPositionFilledCount(tx, row.id, { filledCount, isFilled: filledCount >= row.headcount, at: fill.last });
    }
    await recordAudit(tx, SYSTEM_SOURCE, {
      action: 'demo.seed_fairs',
      entityType: 'zone',
      entityId: zoneId,
      after: { fairs: fairIds.length, registrations: registrationIds.length, intents: demo.intents.length, seekers: newIds.length, liveSessions: live.sessions.length },
    });
  });
  return demo.fairs.length;
}

type LiveContext = {
  zoneId: string;
  operatorId: string;
  orgId: (i: number) => string;
  positionId: (i: number) => string;
  seekerId: (i: number) => string;
  nameOf: (i: number) => string;
  accountOfSeeker: (i: number) => string | null;
  positionRows: Awaited<ReturnType<typeof findZonePositionsInOrder>>;
  organisations: { id: string; name: string }[];
  application: (
    a: { positionIndex: number; seekerIndex: number; status: string; createdAt: Date; statusChangedAt: Date; hiredAt: Date | null; declineReason: string | null },
    channel: string,
    idempotencyKey: string | null,
  ) => Parameters<typeof insertApplicationsReturningIds>[1][number];
};

/** The live sessions with their run-sheets, questions, events in order and applications. */
async function seedLive(tx: Parameters<typeof insertApplicationsReturningIds>[0], live: ReturnType<typeof generateDemoLive>, c: LiveContext): Promise<void> {
  const sessionIds = await repo.insertLiveSessionsReturningIds(
    tx,
    live.sessions.map(({ hostIndex, items: _items, ...session }) => ({
      ...session,
      zoneId: c.zoneId,
      hostOrganisationId: hostIndex === null ? null : c.orgId(hostIndex),
      createdBy: c.operatorId,
      updatedAt: session.endedAt ?? session.createdAt,
    })),
  );
  const itemIds = live.sessions.map((s) => s.items.map(() => randomUUID()));
  await repo.insertRunSheetItems(
    tx,
    live.sessions.flatMap((s, si) => s.items.map((item, k) => ({ id: itemIds[si]?.[k] ?? '', sessionId: sessionIds[si] ?? '', positionId: c.positionId(item.positionIndex), sortOrder: item.sortOrder, notes: item.notes, onAirAt: item.onAirAt, offAirAt: item.offAirAt }))),
  );
  const questionIds = live.questions.map(() => randomUUID());
  const askerNames = live.questions.map((q) => maskName(c.nameOf(q.seekerIndex)));
  const itemPosition = (si: number, k: number | null) => (k === null ? null : (live.sessions[si]?.items[k]?.positionIndex ?? null));
  await repo.insertLiveQuestions(
    tx,
    live.questions.flatMap((q, k) => {
      const accountId = c.accountOfSeeker(q.seekerIndex);
      if (!accountId) return [];
      const p = itemPosition(q.sessionIndex, q.itemIndex);
      return [
        {
          id: questionIds[k] ?? '',
          sessionId: sessionIds[q.sessionIndex] ?? '',
          accountId,
          askerName: askerNames[k] ?? '',
          positionId: p === null ? null : c.positionId(p),
          text: q.text,
          status: q.status,
          answer: q.answer,
          answeredBy: q.answeredAt && q.status !== 'hidden' ? c.operatorId : null,
          answeredAt: q.status === 'hidden' ? null : q.answeredAt,
          idempotencyKey: `${accountId}:demo-live-question-${k + 1}`,
          createdAt: q.createdAt,
        },
      ];
    }),
  );
  const orgName = new Map(c.organisations.map((o) => [o.id, o.name]));
  const applicationsOf = (si: number, k: number) => live.applications.filter((a) => a.sessionIndex === si && a.itemIndex === k).length;
  const itemView = (si: number, k: number) => {
    const item = live.sessions[si]?.items[k];
    const p = c.positionRows[item?.positionIndex ?? -1];
    return {
      id: itemIds[si]?.[k] ?? '',
      sortOrder: item?.sortOrder ?? k,
      notes: item?.notes ?? null,
      onAirAt: item?.onAirAt?.toISOString() ?? null,
      offAirAt: null,
      position: p
        ? {
            id: p.id,
            title: p.title,
            organisation: { id: p.organisationId, name: orgName.get(p.organisationId) ?? '' },
            headcount: p.headcount,
            salaryMin: p.salaryMin,
            salaryMax: p.salaryMax,
            educationLevel: p.educationLevel,
            regionCode: p.regionCode,
            isDisabilityFriendly: p.isDisabilityFriendly,
            status: 'published',
          }
        : null,
      applications: applicationsOf(si, k),
    };
  };
  const questionView = (k: number) => {
    const q = live.questions[k];
    const p = q ? itemPosition(q.sessionIndex, q.itemIndex) : null;
    const row = p === null ? undefined : c.positionRows[p];
    return {
      id: questionIds[k] ?? '',
      askerName: askerNames[k] ?? '',
      text: q?.text ?? '',
      position: row ? { id: row.id, title: row.title } : null,
      status: q?.status ?? 'open',
      answer: q?.answer ?? null,
      answeredAt: q?.answeredAt?.toISOString() ?? null,
      createdAt: q?.createdAt.toISOString() ?? '',
    };
  };
  await repo.insertLiveEvents(
    tx,
    live.events.map((e) => {
      const k = e.itemIndex ?? 0;
      const q = e.questionIndex ?? 0;
      const payload: Record<string, unknown> =
        e.type === 'status'
          ? { status: e.status }
          : e.type === 'on_air'
            ? { item: itemView(e.sessionIndex, k) }
            : e.type === 'off_air'
              ? { itemId: itemIds[e.sessionIndex]?.[k] ?? '' }
              : e.type === 'question'
                ? { id: questionIds[q], askerName: askerNames[q], text: live.questions[q]?.text, positionId: questionView(q).position?.id ?? null, createdAt: live.questions[q]?.createdAt.toISOString() }
                : e.type === 'answer'
                  ? questionView(q)
                  : { id: questionIds[q] };
      return { sessionId: sessionIds[e.sessionIndex] ?? '', type: e.type, payload, createdAt: e.at };
    }),
  );
  const applicationIds = await insertApplicationsReturningIds(
    tx,
    live.applications.map((a, k) => c.application(a, 'live', `${c.accountOfSeeker(a.seekerIndex) ?? 'demo'}:demo-live-${k + 1}`)),
  );
  await repo.insertLiveApplications(
    tx,
    live.applications.map((a, k) => ({
      applicationId: applicationIds[k] ?? '',
      sessionId: sessionIds[a.sessionIndex] ?? '',
      positionId: c.positionId(a.positionIndex),
      seekerId: c.seekerId(a.seekerIndex),
      itemId: a.itemIndex === null ? null : (itemIds[a.sessionIndex]?.[a.itemIndex] ?? null),
      createdAt: a.createdAt,
    })),
  );
}
