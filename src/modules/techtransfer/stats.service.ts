import type { Actor } from '../../platform/access';
import type { AppContext } from '../../platform/context';
import { sumFen } from './money';
import { viewerOf } from './techtransfer.access';
import { CONTRACT_TYPES } from './techtransfer.codes';
import * as repo from './techtransfer.repository';
import type { TechTransferStats } from './techtransfer.schemas';

/** The zone's technology-transfer figures of one year, computed from the records behind them. */
export async function getTechTransferStats(ctx: AppContext, actor: Actor, year: number): Promise<TechTransferStats> {
  const viewer = await viewerOf(ctx, actor);
  const [counts, target] = await Promise.all([repo.countYear(ctx.db, viewer.zoneId, year), repo.getRaTarget(ctx.db, viewer.zoneId, year, null)]);
  const grantedOf = (type: string) => counts.granted.find((g) => g.type === type)?.n ?? 0;
  const transfersOf = (kind: string) => counts.transfers.find((t) => t.kind === kind);
  const contractsByType = CONTRACT_TYPES.map((type) => {
    const row = counts.contracts.find((c) => c.type === type);
    return { type, count: row?.n ?? 0, amountFen: row?.amount ?? 0 };
  });
  return {
    year,
    patentsGranted: counts.granted.reduce((sum, g) => sum + g.n, 0),
    patentsGrantedByType: { invention: grantedOf('invention'), utility_model: grantedOf('utility_model'), design: grantedOf('design') },
    validInventionPatents: counts.validInventions,
    patentTransfers: transfersOf('transfer')?.n ?? 0,
    patentLicences: transfersOf('licence')?.n ?? 0,
    transferAmountFen: sumFen(counts.transfers.map((t) => t.amount)),
    techContracts: contractsByType.reduce((sum, c) => sum + c.count, 0),
    techContractAmountFen: sumFen(contractsByType.map((c) => c.amountFen)),
    contractsByType,
    achievementRegistrations: counts.achievements,
    raPositions: counts.raPositions,
    raPositionsTarget: target?.target ?? null,
    challenges: counts.challenges,
  };
}
