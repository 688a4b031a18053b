// The facts behind the innovation index, read from the records other modules keep: patents,
// technology contracts and research-assistant posts (techtransfer), training bookings, programmes
// and competitions (training), the organisation register, and the R&D inputs enterprises report.
// Each factor counts one enterprise's records of one calendar year, as follows:
// - valid_invention_patents / other_valid_patents: patents the enterprise co-owns whose legal
//   status on 31 December (the latest status event up to that day) is valid;
// - tech_contract_turnover: registered technology contracts (registeredOn in the year) with the
//   enterprise as seller or buyer, each contract's amount counted once;
// - high_tech / tech_sme: the organisation's flags as the register holds them now (it keeps no history);
// - rd_staff_share / rd_spending: the enterprise's R&D inputs of the year (0 when not reported);
// - research_assistant_posts: posts the enterprise developed in the year (developedOn);
// - training_participation: trainees who attended the enterprise's training-base bookings in the
//   year (recorded use) plus trainees enrolled (not withdrawn) in programmes it organised that
//   started in the year;
// - competition_participation: entrants for the enterprise in skill competitions held in the year.
import { and, asc, count, countDistinct, desc, eq, gte, isNotNull, lte, ne, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db';
import { organisations } from '../organisations/organisations.table';
import { seekers } from '../talent/talent.table';
import { patentOwners, patents, patentStatusEvents, raPositions, techContracts } from '../techtransfer/techtransfer.table';
import { competitionEntrants, skillCompetitions, trainingBases, trainingBookings, trainingEnrolments, trainingProgrammes } from '../training/training.table';
import { emptyFacts, type IndexFacts } from './innovation-index';
import type { IndexFactor } from './innovation.codes';
import type { FactorRecord } from './innovation.schemas';
import { rdInputs } from './innovation.table';

export type EnterpriseFacts = {
  organisationId: string;
  name: string;
  industry: string;
  isHighTech: boolean;
  isTechSme: boolean;
  facts: IndexFacts;
};

/** Drill-down lists stop here; the count says how many records there are in all. */
const RECORD_LIST_LIMIT = 200;

function yearBounds(year: number): { first: string; last: string } {
  return { first: `${year}-01-01`, last: `${year}-12-31` };
}

/** The patent's legal status on a day: its latest status event up to then, else its current status if already set by then. */
function statusOn(day: string): SQL<string | null> {
  return sql<string | null>`coalesce(
    (select ${patentStatusEvents.status} from ${patentStatusEvents}
      where ${patentStatusEvents.patentId} = ${patents.id} and ${patentStatusEvents.effectiveOn} <= ${day}::date
      order by ${patentStatusEvents.effectiveOn} desc, ${patentStatusEvents.seq} desc limit 1),
    case when ${patents.legalStatusOn} <= ${day}::date then ${patents.legalStatus} end)`;
}

const isParty = (organisationId: SQL | typeof organisations.id) =>
  or(eq(techContracts.sellerOrganisationId, organisationId), eq(techContracts.buyerOrganisationId, organisationId));

/** Every active enterprise of the zone with its facts for the year: the peers min–max factors scale over. */
export async function findZoneIndexFacts(db: DbOrTx, zoneId: string, year: number): Promise<EnterpriseFacts[]> {
  const { first, last } = yearBounds(year);
  const enterprise = and(eq(organisations.zoneId, zoneId), eq(organisations.type, 'enterprise'), eq(organisations.isActive, true));
  const [orgs, patentCounts, contractSums, inputs, posts, bookings, enrolments, entrants] = await Promise.all([
    db
      .select({ id: organisations.id, name: organisations.name, industry: organisations.industry, isHighTech: organisations.isHighTech, isTechSme: organisations.isTechSme })
      .from(organisations)
      .where(enterprise)
      .orderBy(asc(organisations.name), asc(organisations.id)),
    db
      .select({ organisationId: organisations.id, isInvention: sql<boolean>`${patents.type} = 'invention'`, n: countDistinct(patents.id) })
      .from(organisations)
      .innerJoin(patentOwners, eq(patentOwners.organisationId, organisations.id))
      .innerJoin(patents, eq(patents.id, patentOwners.patentId))
      .where(and(enterprise, sql`${statusOn(last)} = 'valid'`))
      .groupBy(organisations.id, sql`2`),
    db
      .select({ organisationId: organisations.id, fen: sql<number>`coalesce(sum(${techContracts.amountFen}), 0)::bigint`.mapWith(Number) })
      .from(organisations)
      .innerJoin(techContracts, isParty(organisations.id))
      .where(and(enterprise, gte(techContracts.registeredOn, first), lte(techContracts.registeredOn, last)))
      .groupBy(organisations.id),
    db
      .select({ organisationId: rdInputs.organisationId, rdStaff: rdInputs.rdStaff, totalStaff: rdInputs.totalStaff, rdSpendingFen: rdInputs.rdSpendingFen })
      .from(rdInputs)
      .where(and(eq(rdInputs.zoneId, zoneId), eq(rdInputs.year, year))),
    db
      .select({ organisationId: raPositions.organisationId, n: count() })
      .from(raPositions)
      .where(and(eq(raPositions.zoneId, zoneId), gte(raPositions.developedOn, first), lte(raPositions.developedOn, last)))
      .groupBy(raPositions.organisationId),
    db
      .select({ organisationId: trainingBookings.organisationId, n: sql<number>`coalesce(sum(${trainingBookings.attendedTrainees}), 0)::int`.mapWith(Number) })
      .from(trainingBookings)
      .where(
        and(
          eq(trainingBookings.zoneId, zoneId),
          eq(trainingBookings.status, 'confirmed'),
          isNotNull(trainingBookings.attendedTrainees),
          gte(trainingBookings.bookedOn, first),
          lte(trainingBookings.bookedOn, last),
        ),
      )
      .groupBy(trainingBookings.organisationId),
    db
      .select({ organisationId: trainingProgrammes.organiserId, n: count() })
      .from(trainingEnrolments)
      .innerJoin(trainingProgrammes, eq(trainingProgrammes.id, trainingEnrolments.programmeId))
      .where(
        and(
          eq(trainingProgrammes.zoneId, zoneId),
          ne(trainingEnrolments.status, 'withdrawn'),
          gte(trainingProgrammes.startsOn, first),
          lte(trainingProgrammes.startsOn, last),
        ),
      )
      .groupBy(trainingProgrammes.organiserId),
    db
      .select({ organisationId: competitionEntrants.organisationId, n: count() })
      .from(competitionEntrants)
      .innerJoin(skillCompetitions, eq(skillCompetitions.id, competitionEntrants.competitionId))
      .where(
        and(eq(skillCompetitions.zoneId, zoneId), isNotNull(competitionEntrants.organisationId), gte(skillCompetitions.heldOn, first), lte(skillCompetitions.heldOn, last)),
      )
      .groupBy(competitionEntrants.organisationId),
  ]);

  const byOrg = new Map<string, EnterpriseFacts>(
    orgs.map((o) => [
      o.id,
      {
        organisationId: o.id,
        name: o.name,
        industry: o.industry,
        isHighTech: o.isHighTech,
        isTechSme: o.isTechSme,
        facts: { ...emptyFacts(), high_tech: o.isHighTech ? 1 : 0, tech_sme: o.isTechSme ? 1 : 0 },
      },
    ]),
  );
  const add = (organisationId: string | null, factor: IndexFactor, value: number) => {
    const entry = organisationId ? byOrg.get(organisationId) : undefined;
    if (entry) entry.facts[factor] += Number(value);
  };
  for (const row of patentCounts) add(row.organisationId, row.isInvention ? 'valid_invention_patents' : 'other_valid_patents', row.n);
  for (const row of contractSums) add(row.organisationId, 'tech_contract_turnover', row.fen);
  for (const row of inputs) {
    add(row.organisationId, 'rd_staff_share', row.rdStaff / row.totalStaff);
    add(row.organisationId, 'rd_spending', row.rdSpendingFen);
  }
  for (const row of posts) add(row.organisationId, 'research_assistant_posts', row.n);
  for (const row of bookings) add(row.organisationId, 'training_participation', row.n);
  for (const row of enrolments) add(row.organisationId, 'training_participation', row.n);
  for (const row of entrants) add(row.organisationId, 'competition_participation', row.n);
  return [...byOrg.values()];
}

export type FactorRecords = Record<IndexFactor, { records: FactorRecord[]; count: number }>;

function listed(records: FactorRecord[]): { records: FactorRecord[]; count: number } {
  return { records: records.slice(0, RECORD_LIST_LIMIT), count: records.length };
}

/** The records behind each factor of one enterprise's index for a year, for the drill-down lists. */
export async function findFactorRecords(
  db: DbOrTx,
  organisation: { id: string; name: string; isHighTech: boolean; isTechSme: boolean },
  year: number,
): Promise<FactorRecords> {
  const { first, last } = yearBounds(year);
  const [patentRows, contractRows, inputRows, postRows, bookingRows, programmeRows, entrantRows] = await Promise.all([
    db
      .select({ id: patents.id, type: patents.type, title: patents.title, number: patents.applicationNumber, grantedOn: patents.grantedOn, filedOn: patents.filedOn })
      .from(patents)
      .innerJoin(patentOwners, eq(patentOwners.patentId, patents.id))
      .where(and(eq(patentOwners.organisationId, organisation.id), sql`${statusOn(last)} = 'valid'`))
      .groupBy(patents.id)
      .orderBy(desc(patents.grantedOn), asc(patents.applicationNumber)),
    db
      .select({
        id: techContracts.id,
        title: techContracts.title,
        number: techContracts.contractNumber,
        type: techContracts.type,
        registeredOn: techContracts.registeredOn,
        amountFen: techContracts.amountFen,
        sellerName: techContracts.sellerName,
        buyerName: techContracts.buyerName,
      })
      .from(techContracts)
      .where(and(isParty(sql`${organisation.id}::uuid`), gte(techContracts.registeredOn, first), lte(techContracts.registeredOn, last)))
      .orderBy(desc(techContracts.registeredOn), asc(techContracts.contractNumber)),
    db
      .select()
      .from(rdInputs)
      .where(and(eq(rdInputs.organisationId, organisation.id), eq(rdInputs.year, year))),
    db
      .select({ id: raPositions.id, title: raPositions.title, project: raPositions.project, developedOn: raPositions.developedOn })
      .from(raPositions)
      .where(and(eq(raPositions.organisationId, organisation.id), gte(raPositions.developedOn, first), lte(raPositions.developedOn, last)))
      .orderBy(asc(raPositions.developedOn), asc(raPositions.title)),
    db
      .select({ id: trainingBookings.id, baseName: trainingBases.name, bookedOn: trainingBookings.bookedOn, trainees: trainingBookings.attendedTrainees, purpose: trainingBookings.purpose })
      .from(trainingBookings)
      .innerJoin(trainingBases, eq(trainingBases.id, trainingBookings.baseId))
      .where(
        and(
          eq(trainingBookings.organisationId, organisation.id),
          eq(trainingBookings.status, 'confirmed'),
          isNotNull(trainingBookings.attendedTrainees),
          gte(trainingBookings.bookedOn, first),
          lte(trainingBookings.bookedOn, last),
        ),
      )
      .orderBy(asc(trainingBookings.bookedOn)),
    db
      .select({ id: trainingProgrammes.id, title: trainingProgrammes.title, startsOn: trainingProgrammes.startsOn, trainees: count(trainingEnrolments.id) })
      .from(trainingProgrammes)
      .innerJoin(trainingEnrolments, and(eq(trainingEnrolments.programmeId, trainingProgrammes.id), ne(trainingEnrolments.status, 'withdrawn')))
      .where(and(eq(trainingProgrammes.organiserId, organisation.id), gte(trainingProgrammes.startsOn, first), lte(trainingProgrammes.startsOn, last)))
      .groupBy(trainingProgrammes.id)
      .orderBy(asc(trainingProgrammes.startsOn)),
    db
      .select({
        id: competitionEntrants.id,
        competition: skillCompetitions.title,
        heldOn: skillCompetitions.heldOn,
        category: competitionEntrants.category,
        award: competitionEntrants.award,
        name: sql<string | null>`coalesce(${competitionEntrants.entrantName}, ${seekers.name})`,
      })
      .from(competitionEntrants)
      .innerJoin(skillCompetitions, eq(skillCompetitions.id, competitionEntrants.competitionId))
      .leftJoin(seekers, eq(seekers.id, competitionEntrants.seekerId))
      .where(and(eq(competitionEntrants.organisationId, organisation.id), gte(skillCompetitions.heldOn, first), lte(skillCompetitions.heldOn, last)))
      .orderBy(asc(skillCompetitions.heldOn), asc(competitionEntrants.category)),
  ]);

  const patentRecord = (p: (typeof patentRows)[number]): FactorRecord => ({
    id: p.id,
    kind: `patent_${p.type}`,
    title: p.title,
    reference: p.number,
    date: p.grantedOn ?? p.filedOn,
    amountFen: null,
    quantity: null,
    detail: null,
  });
  const input = inputRows[0];
  const inputRecords: FactorRecord[] = input
    ? [{ id: input.id, kind: 'rd_input', title: organisation.name, reference: String(year), date: null, amountFen: input.rdSpendingFen, quantity: input.rdStaff, detail: `${input.rdStaff}/${input.totalStaff}` }]
    : [];
  const organisationRecord = (flag: boolean, kind: string): FactorRecord[] =>
    flag ? [{ id: organisation.id, kind, title: organisation.name, reference: null, date: null, amountFen: null, quantity: null, detail: null }] : [];
  const trainingRecords: FactorRecord[] = [
    ...bookingRows.map((b) => ({ id: b.id, kind: 'training_booking', title: b.baseName, reference: null, date: b.bookedOn, amountFen: null, quantity: b.trainees, detail: b.purpose })),
    ...programmeRows.map((p) => ({ id: p.id, kind: 'training_programme', title: p.title, reference: null, date: p.startsOn, amountFen: null, quantity: p.trainees, detail: null })),
  ];

  return {
    valid_invention_patents: listed(patentRows.filter((p) => p.type === 'invention').map(patentRecord)),
    other_valid_patents: listed(patentRows.filter((p) => p.type !== 'invention').map(patentRecord)),
    tech_contract_turnover: listed(
      contractRows.map((c) => ({
        id: c.id,
        kind: `contract_${c.type}`,
        title: c.title,
        reference: c.number,
        date: c.registeredOn,
        amountFen: c.amountFen,
        quantity: null,
        detail: `${c.sellerName} → ${c.buyerName}`,
      })),
    ),
    high_tech: listed(organisationRecord(organisation.isHighTech, 'high_tech')),
    tech_sme: listed(organisationRecord(organisation.isTechSme, 'tech_sme')),
    rd_staff_share: listed(inputRecords),
    rd_spending: listed(inputRecords),
    research_assistant_posts: listed(
      postRows.map((p) => ({ id: p.id, kind: 'research_assistant_post', title: p.title, reference: null, date: p.developedOn, amountFen: null, quantity: null, detail: p.project })),
    ),
    training_participation: listed(trainingRecords),
    competition_participation: listed(
      entrantRows.map((e) => ({ id: e.id, kind: 'competition_entrant', title: e.competition, reference: e.category, date: e.heldOn, amountFen: null, quantity: null, detail: [e.name, e.award].filter(Boolean).join(' · ') || null })),
    ),
  };
}
