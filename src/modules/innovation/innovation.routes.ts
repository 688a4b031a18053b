import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { permission, requireActor } from '../../platform/access';
import { auditSourceOf } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { idParams } from '../../platform/validation';
import {
  applyLoanBody,
  bankList,
  createRdInputBody,
  disbursementBody,
  indexDetailSchema,
  indexPage,
  indexYearQuery,
  listIndicesQuery,
  listLoansQuery,
  listRdInputsQuery,
  loanDecisionBody,
  loanDetailSchema,
  loanPage,
  loanTotalsQuery,
  loanTotalsSchema,
  loanVersionBody,
  organisationParams,
  publishWeightsBody,
  rdInputPage,
  rdInputSchema,
  updateRdInputBody,
  weightsHistorySchema,
  weightsSchema,
} from './innovation.schemas';
import * as service from './innovation.service';

export function innovationRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    // --- R&D inputs (研发投入) ---
    app.get('/api/innovation/rd-inputs', {
      config: { access: permission('innovation.read') },
      schema: { tags: ['innovation'], summary: 'R&D inputs: an enterprise its own, operators and government the zone', querystring: listRdInputsQuery, response: { 200: rdInputPage } },
      handler: async (request) => {
        const { page, pageSize, ...filters } = request.query;
        return service.findRdInputs(ctx, requireActor(request), filters, { page, pageSize });
      },
    });

    app.post('/api/innovation/rd-inputs', {
      config: { access: permission('innovation.rd_input') },
      schema: { tags: ['innovation'], summary: "Report the enterprise's R&D inputs for a year", body: createRdInputBody, response: { 201: rdInputSchema } },
      handler: async (request, reply) => reply.status(201).send(await service.createRdInput(ctx, requireActor(request), request.body, auditSourceOf(request))),
    });

    app.get('/api/innovation/rd-inputs/:id', {
      config: { access: permission('innovation.read') },
      schema: { tags: ['innovation'], params: idParams, response: { 200: rdInputSchema } },
      handler: async (request) => service.getRdInput(ctx, requireActor(request), request.params.id),
    });

    app.patch('/api/innovation/rd-inputs/:id', {
      config: { access: permission('innovation.rd_input') },
      schema: { tags: ['innovation'], params: idParams, body: updateRdInputBody, response: { 200: rdInputSchema } },
      handler: async (request) => service.updateRdInput(ctx, requireActor(request), request.params.id, request.body, auditSourceOf(request)),
    });

    // --- weights ---
    app.get('/api/innovation/weights', {
      config: { access: permission('innovation.read') },
      schema: { tags: ['innovation'], summary: 'The index weights in force in my zone (version 0: the defaults)', response: { 200: weightsSchema } },
      handler: async (request) => service.getWeights(ctx, requireActor(request)),
    });

    app.get('/api/innovation/weights/history', {
      config: { access: permission('innovation.read') },
      schema: { tags: ['innovation'], summary: 'Every published version of the weights, newest first', response: { 200: weightsHistorySchema } },
      handler: async (request) => service.findWeightsHistory(ctx, requireActor(request)),
    });

    app.post('/api/innovation/weights', {
      config: { access: permission('innovation.configure') },
      schema: { tags: ['innovation'], summary: 'Publish a new version of the index weights', body: publishWeightsBody, response: { 200: weightsSchema } },
      handler: async (request) => service.publishWeights(ctx, requireActor(request), request.body, auditSourceOf(request)),
    });

    // --- indices (创新指数) ---
    app.get('/api/innovation/indices', {
      config: { access: permission('innovation.read') },
      schema: { tags: ['innovation'], summary: "Enterprises' innovation indices for a year, highest first (an enterprise sees its own)", querystring: listIndicesQuery, response: { 200: indexPage } },
      handler: async (request) => {
        const { page, pageSize, ...query } = request.query;
        return service.findIndices(ctx, requireActor(request), query, { page, pageSize });
      },
    });

    app.get('/api/innovation/indices/:organisationId', {
      config: { access: permission('innovation.read') },
      schema: { tags: ['innovation'], summary: "One enterprise's index: breakdown per factor and the records behind it", params: organisationParams, querystring: indexYearQuery, response: { 200: indexDetailSchema } },
      handler: async (request) => service.getIndexDetail(ctx, requireActor(request), request.params.organisationId, request.query.year),
    });

    // --- loans (创新指数贷) ---
    app.get('/api/innovation/banks', {
      config: { access: permission('loan.read') },
      schema: { tags: ['innovation'], summary: 'Partner banks of my zone', response: { 200: bankList } },
      handler: async (request) => service.findBanks(ctx, requireActor(request)),
    });

    app.get('/api/innovation/loans', {
      config: { access: permission('loan.read') },
      schema: { tags: ['innovation'], summary: 'Loan applications: the zone, my enterprise’s, or those addressed to my bank', querystring: listLoansQuery, response: { 200: loanPage } },
      handler: async (request) => {
        const { page, pageSize, ...filters } = request.query;
        return service.findLoans(ctx, requireActor(request), filters, { page, pageSize });
      },
    });

    app.get('/api/innovation/loans/totals', {
      config: { access: permission('loan.read') },
      schema: { tags: ['innovation'], summary: 'Loan totals per year and, for one year, per bank', querystring: loanTotalsQuery, response: { 200: loanTotalsSchema } },
      handler: async (request) => service.getLoanTotals(ctx, requireActor(request), request.query),
    });

    app.post('/api/innovation/loans', {
      config: { access: permission('loan.apply') },
      schema: { tags: ['innovation'], summary: 'Apply for a loan, sharing a snapshot of the index with the chosen bank', body: applyLoanBody, response: { 201: loanDetailSchema } },
      handler: async (request, reply) => reply.status(201).send(await service.applyForLoan(ctx, requireActor(request), request.body, auditSourceOf(request))),
    });

    app.get('/api/innovation/loans/:id', {
      config: { access: permission('loan.read') },
      schema: { tags: ['innovation'], params: idParams, response: { 200: loanDetailSchema } },
      handler: async (request) => service.getLoan(ctx, requireActor(request), request.params.id),
    });

    app.post('/api/innovation/loans/:id/withdraw', {
      config: { access: permission('loan.apply') },
      schema: { tags: ['innovation'], summary: 'The applicant withdraws an application the bank has not decided', params: idParams, body: loanVersionBody, response: { 200: loanDetailSchema } },
      handler: async (request) => service.transitionLoan(ctx, requireActor(request), request.params.id, 'withdraw', request.body.version, auditSourceOf(request)),
    });

    app.post('/api/innovation/loans/:id/start-review', {
      config: { access: permission('loan.review') },
      schema: { tags: ['innovation'], summary: 'The bank takes the application into review', params: idParams, body: loanVersionBody, response: { 200: loanDetailSchema } },
      handler: async (request) => service.transitionLoan(ctx, requireActor(request), request.params.id, 'start_review', request.body.version, auditSourceOf(request)),
    });

    app.post('/api/innovation/loans/:id/decision', {
      config: { access: permission('loan.review') },
      schema: { tags: ['innovation'], summary: 'The bank approves (amount, rate, term) or declines (reason)', params: idParams, body: loanDecisionBody, response: { 200: loanDetailSchema } },
      handler: async (request) => service.decideLoan(ctx, requireActor(request), request.params.id, request.body, auditSourceOf(request)),
    });

    app.post('/api/innovation/loans/:id/disbursements', {
      config: { access: permission('loan.review') },
      schema: { tags: ['innovation'], summary: 'The bank records money paid out on an approved loan', params: idParams, body: disbursementBody, response: { 201: loanDetailSchema } },
      handler: async (request, reply) => reply.status(201).send(await service.recordDisbursement(ctx, requireActor(request), request.params.id, request.body, auditSourceOf(request))),
    });
  };
}
