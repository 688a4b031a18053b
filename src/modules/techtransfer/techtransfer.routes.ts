import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { permission, requireActor } from '../../platform/access';
import { auditSourceOf } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { requestLocale } from '../../platform/errors';
import { contentDisposition } from '../../platform/http';
import { XLSX_MIME } from '../../platform/spreadsheet';
import { idParams } from '../../platform/validation';
import * as challenges from './challenges.service';
import * as contracts from './contracts.service';
import * as patents from './patents.service';
import * as research from './research-assistants.service';
import { getTechTransferStats } from './stats.service';
import { buildContractTemplate, buildPatentTemplate, importContracts, importPatents } from './techtransfer.import';
import {
  achievementPage,
  achievementSchema,
  challengeActionBody,
  challengePage,
  challengeSchema,
  contractPage,
  contractSchema,
  createAchievementBody,
  createChallengeBody,
  createContractBody,
  createPatentBody,
  createProposalBody,
  createRaPositionBody,
  createTransferBody,
  importQuery,
  importReport,
  listAchievementsQuery,
  listChallengesQuery,
  listContractsQuery,
  listPatentsQuery,
  listRaPositionsQuery,
  listTransfersQuery,
  patentDetailSchema,
  patentPage,
  patentStatusBody,
  proposalList,
  proposalSchema,
  raPositionPage,
  raPositionSchema,
  raProgressSchema,
  raTargetSchema,
  setRaTargetBody,
  statsSchema,
  transferPage,
  transferSchema,
  updateAchievementBody,
  updateChallengeBody,
  updateContractBody,
  updatePatentBody,
  updateProposalBody,
  updateRaPositionBody,
  updateTransferBody,
  withdrawProposalBody,
  yearParamsQuery,
} from './techtransfer.schemas';

const IMPORT_BODY_LIMIT = 10 * 1024 * 1024;
const TAGS = ['techtransfer'];

/** 科技成果转化: patents, transfers, technology contracts, achievements, research assistants, 揭榜挂帅, imports. */
export function techTransferRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.addContentTypeParser([XLSX_MIME, 'application/octet-stream'], { parseAs: 'buffer', bodyLimit: IMPORT_BODY_LIMIT }, (_req, body, done) => {
      done(null, body);
    });
    const read = { access: permission('techtransfer.read') };
    const write = { access: permission('techtransfer.write') };

    // Patents (专利) --------------------------------------------------------------------------
    app.get('/api/patents', {
      config: read,
      schema: { tags: TAGS, summary: 'Patents of my zone, or my organisation’s', querystring: listPatentsQuery, response: { 200: patentPage } },
      handler: async (request) => {
        const { page, pageSize, ...filters } = request.query;
        return patents.findPatents(ctx, requireActor(request), filters, { page, pageSize });
      },
    });
    app.post('/api/patents', {
      config: write,
      schema: { tags: TAGS, summary: 'Record a patent; the application number’s check character is verified', body: createPatentBody, response: { 201: patentDetailSchema } },
      handler: async (request, reply) => reply.status(201).send(await patents.createPatent(ctx, requireActor(request), request.body, auditSourceOf(request))),
    });
    app.get('/api/patents/:id', {
      config: read,
      schema: { tags: TAGS, summary: 'A patent with its legal-status history and transfers', params: idParams, response: { 200: patentDetailSchema } },
      handler: async (request) => patents.getPatent(ctx, requireActor(request), request.params.id),
    });
    app.patch('/api/patents/:id', {
      config: write,
      schema: { tags: TAGS, params: idParams, body: updatePatentBody, response: { 200: patentDetailSchema } },
      handler: async (request) => patents.updatePatent(ctx, requireActor(request), request.params.id, request.body, auditSourceOf(request)),
    });
    app.post('/api/patents/:id/status', {
      config: write,
      schema: { tags: TAGS, summary: 'Change the legal status (grant, lapse, restoration), added to the history', params: idParams, body: patentStatusBody, response: { 200: patentDetailSchema } },
      handler: async (request) => patents.changePatentStatus(ctx, requireActor(request), request.params.id, request.body, auditSourceOf(request)),
    });

    // Transfers and licences ------------------------------------------------------------------
    app.get('/api/patent-transfers', {
      config: read,
      schema: { tags: TAGS, summary: 'Patent transfers and licences', querystring: listTransfersQuery, response: { 200: transferPage } },
      handler: async (request) => {
        const { page, pageSize, ...filters } = request.query;
        return patents.findTransfers(ctx, requireActor(request), filters, { page, pageSize });
      },
    });
    app.post('/api/patent-transfers', {
      config: write,
      schema: { tags: TAGS, summary: 'Record a transfer (the patent moves to the receiver) or a licence', body: createTransferBody, response: { 201: transferSchema } },
      handler: async (request, reply) => reply.status(201).send(await patents.createTransfer(ctx, requireActor(request), request.body, auditSourceOf(request))),
    });
    app.get('/api/patent-transfers/:id', {
      config: read,
      schema: { tags: TAGS, params: idParams, response: { 200: transferSchema } },
      handler: async (request) => patents.getTransfer(ctx, requireActor(request), request.params.id),
    });
    app.patch('/api/patent-transfers/:id', {
      config: write,
      schema: { tags: TAGS, params: idParams, body: updateTransferBody, response: { 200: transferSchema } },
      handler: async (request) => patents.updateTransfer(ctx, requireActor(request), request.params.id, request.body, auditSourceOf(request)),
    });

    // Technology contracts (技术合同登记) -------------------------------------------------------
    app.get('/api/tech-contracts', {
      config: read,
      schema: { tags: TAGS, summary: 'Registered technology contracts, with the total amount of all that match', querystring: listContractsQuery, response: { 200: contractPage } },
      handler: async (request) => {
        const { page, pageSize, ...filters } = request.query;
        return contracts.findContracts(ctx, requireActor(request), filters, { page, pageSize });
      },
    });
    app.post('/api/tech-contracts', {
      config: write,
      schema: { tags: TAGS, summary: 'Register a technology contract; the amount is text read exactly (1,234.56 / 12.3万元)', body: createContractBody, response: { 201: contractSchema } },
      handler: async (request, reply) => reply.status(201).send(await contracts.registerContract(ctx, requireActor(request), request.body, auditSourceOf(request))),
    });
    app.get('/api/tech-contracts/:id', {
      config: read,
      schema: { tags: TAGS, params: idParams, response: { 200: contractSchema } },
      handler: async (request) => contracts.getContract(ctx, requireActor(request), request.params.id),
    });
    app.patch('/api/tech-contracts/:id', {
      config: write,
      schema: { tags: TAGS, params: idParams, body: updateContractBody, response: { 200: contractSchema } },
      handler: async (request) => contracts.updateContract(ctx, requireActor(request), request.params.id, request.body, auditSourceOf(request)),
    });

    // Achievement registrations (科技成果登记) --------------------------------------------------
    app.get('/api/achievements', {
      config: read,
      schema: { tags: TAGS, summary: 'Technology achievement registrations', querystring: listAchievementsQuery, response: { 200: achievementPage } },
      handler: async (request) => {
        const { page, pageSize, ...filters } = request.query;
        return contracts.findAchievements(ctx, requireActor(request), filters, { page, pageSize });
      },
    });
    app.post('/api/achievements', {
      config: write,
      schema: { tags: TAGS, body: createAchievementBody, response: { 201: achievementSchema } },
      handler: async (request, reply) => reply.status(201).send(await contracts.createAchievement(ctx, requireActor(request), request.body, auditSourceOf(request))),
    });
    app.get('/api/achievements/:id', {
      config: read,
      schema: { tags: TAGS, params: idParams, response: { 200: achievementSchema } },
      handler: async (request) => contracts.getAchievement(ctx, requireActor(request), request.params.id),
    });
    app.patch('/api/achievements/:id', {
      config: write,
      schema: { tags: TAGS, params: idParams, body: updateAchievementBody, response: { 200: achievementSchema } },
      handler: async (request) => contracts.updateAchievement(ctx, requireActor(request), request.params.id, request.body, auditSourceOf(request)),
    });

    // Research-assistant posts (科研助理岗位) ----------------------------------------------------
    app.get('/api/ra-positions', {
      config: read,
      schema: { tags: TAGS, summary: 'Research-assistant posts developed', querystring: listRaPositionsQuery, response: { 200: raPositionPage } },
      handler: async (request) => {
        const { page, pageSize, ...filters } = request.query;
        return research.findRaPositions(ctx, requireActor(request), filters, { page, pageSize });
      },
    });
    app.post('/api/ra-positions', {
      config: write,
      schema: { tags: TAGS, body: createRaPositionBody, response: { 201: raPositionSchema } },
      handler: async (request, reply) => reply.status(201).send(await research.createRaPosition(ctx, requireActor(request), request.body, auditSourceOf(request))),
    });
    app.get('/api/ra-positions/:id', {
      config: read,
      schema: { tags: TAGS, params: idParams, response: { 200: raPositionSchema } },
      handler: async (request) => research.getRaPosition(ctx, requireActor(request), request.params.id),
    });
    app.patch('/api/ra-positions/:id', {
      config: write,
      schema: { tags: TAGS, params: idParams, body: updateRaPositionBody, response: { 200: raPositionSchema } },
      handler: async (request) => research.updateRaPosition(ctx, requireActor(request), request.params.id, request.body, auditSourceOf(request)),
    });
    app.get('/api/ra-progress', {
      config: read,
      schema: { tags: TAGS, summary: 'Posts developed in a year against the targets', querystring: yearParamsQuery, response: { 200: raProgressSchema } },
      handler: async (request) => research.getRaProgress(ctx, requireActor(request), request.query.year),
    });
    app.put('/api/ra-targets', {
      config: { access: permission('techtransfer.targets') },
      schema: { tags: TAGS, summary: 'Set the zone’s yearly target, or an organisation’s', body: setRaTargetBody, response: { 200: raTargetSchema } },
      handler: async (request) => research.setRaTarget(ctx, requireActor(request), request.body, auditSourceOf(request)),
    });

    // 揭榜挂帅: challenges and proposals --------------------------------------------------------
    app.get('/api/challenges', {
      config: read,
      schema: { tags: TAGS, summary: 'Enterprise technical challenges (企业技术需求)', querystring: listChallengesQuery, response: { 200: challengePage } },
      handler: async (request) => {
        const { page, pageSize, ...filters } = request.query;
        return challenges.findChallenges(ctx, requireActor(request), filters, { page, pageSize });
      },
    });
    app.post('/api/challenges', {
      config: write,
      schema: { tags: TAGS, summary: 'Post a challenge (a draft until published)', body: createChallengeBody, response: { 201: challengeSchema } },
      handler: async (request, reply) => reply.status(201).send(await challenges.createChallenge(ctx, requireActor(request), request.body, auditSourceOf(request))),
    });
    app.get('/api/challenges/:id', {
      config: read,
      schema: { tags: TAGS, params: idParams, response: { 200: challengeSchema } },
      handler: async (request) => challenges.getChallenge(ctx, requireActor(request), request.params.id),
    });
    app.patch('/api/challenges/:id', {
      config: write,
      schema: { tags: TAGS, params: idParams, body: updateChallengeBody, response: { 200: challengeSchema } },
      handler: async (request) => challenges.updateChallenge(ctx, requireActor(request), request.params.id, request.body, auditSourceOf(request)),
    });
    app.post('/api/challenges/:id/actions', {
      config: write,
      schema: {
        tags: TAGS,
        summary: 'publish, close, select (enterprise), confirm or return (operator), contract, cancel',
        params: idParams,
        body: challengeActionBody,
        response: { 200: challengeSchema },
      },
      handler: async (request) => challenges.actOnChallenge(ctx, requireActor(request), request.params.id, request.body, auditSourceOf(request)),
    });
    app.get('/api/challenges/:id/proposals', {
      config: { access: permission('proposal.read') },
      schema: { tags: TAGS, summary: 'Proposals: all for the enterprise and the operator, its own for a proposer', params: idParams, response: { 200: proposalList } },
      handler: async (request) => ({ items: await challenges.findProposals(ctx, requireActor(request), request.params.id) }),
    });
    app.post('/api/challenges/:id/proposals', {
      config: { access: permission('proposal.write') },
      schema: { tags: TAGS, summary: 'A school or institute answers a challenge', params: idParams, body: createProposalBody, response: { 201: proposalSchema } },
      handler: async (request, reply) =>
        reply.status(201).send(await challenges.submitProposal(ctx, requireActor(request), request.params.id, request.body, auditSourceOf(request))),
    });
    app.get('/api/proposals/:id', {
      config: { access: permission('proposal.read') },
      schema: { tags: TAGS, params: idParams, response: { 200: proposalSchema } },
      handler: async (request) => challenges.getProposal(ctx, requireActor(request), request.params.id),
    });
    app.patch('/api/proposals/:id', {
      config: { access: permission('proposal.write') },
      schema: { tags: TAGS, params: idParams, body: updateProposalBody, response: { 200: proposalSchema } },
      handler: async (request) => challenges.updateProposal(ctx, requireActor(request), request.params.id, request.body, auditSourceOf(request)),
    });
    app.post('/api/proposals/:id/withdraw', {
      config: { access: permission('proposal.write') },
      schema: { tags: TAGS, params: idParams, body: withdrawProposalBody, response: { 200: proposalSchema } },
      handler: async (request) => challenges.withdrawProposal(ctx, requireActor(request), request.params.id, request.body.version, auditSourceOf(request)),
    });

    // Figures ----------------------------------------------------------------------------------
    app.get('/api/techtransfer/stats', {
      config: { access: permission('techtransfer.stats') },
      schema: { tags: TAGS, summary: 'The zone’s technology-transfer figures of a year', querystring: yearParamsQuery, response: { 200: statsSchema } },
      handler: async (request) => getTechTransferStats(ctx, requireActor(request), request.query.year),
    });

    // Imports from the registries' Excel exports ---------------------------------------------------
    const imports = [
      { path: 'patents', run: importPatents, template: buildPatentTemplate, file: ['patents-template.xlsx', '专利导入模板.xlsx'] },
      { path: 'tech-contracts', run: importContracts, template: buildContractTemplate, file: ['tech-contracts-template.xlsx', '技术合同导入模板.xlsx'] },
    ] as const;
    for (const item of imports) {
      app.get(`/api/${item.path}/import-template.xlsx`, {
        config: { access: permission('techtransfer.import') },
        schema: { tags: TAGS, summary: 'The import template (xlsx with a notes sheet)' },
        handler: async (_request, reply) =>
          reply
            .type(XLSX_MIME)
            .header('content-disposition', contentDisposition(item.file[0], item.file[1]))
            .send(await item.template()),
      });
      app.post(`/api/${item.path}/import`, {
        config: { access: permission('techtransfer.import') },
        bodyLimit: IMPORT_BODY_LIMIT,
        schema: {
          tags: TAGS,
          summary: 'Import xlsx (raw body): preview reports every bad row; commit writes all rows or none',
          querystring: importQuery,
          response: { 200: importReport },
        },
        handler: async (request) => {
          const body: unknown = request.body;
          const file = Buffer.isBuffer(body) ? body : Buffer.alloc(0);
          return item.run(ctx, requireActor(request), file, request.query.mode, requestLocale(request), auditSourceOf(request));
        },
      });
    }
  };
}
