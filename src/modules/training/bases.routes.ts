import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { permission, requireActor } from '../../platform/access';
import { auditSourceOf } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { idParams } from '../../platform/validation';
import {
  basePage,
  baseSchema,
  createBaseBody,
  listBasesQuery,
  trainingStatsSchema,
  updateBaseBody,
  utilisationQuery,
  utilisationSchema,
  yearQuery,
} from './bases.schemas';
import * as service from './bases.service';
import { getTrainingStats, getUtilisation } from './reports.service';

export function baseRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/training/bases', {
      config: { access: permission('training.read') },
      schema: { tags: ['training'], summary: 'Public practical-training bases of my zone (公共实训基地)', querystring: listBasesQuery, response: { 200: basePage } },
      handler: async (request) => {
        const { page, pageSize, ...filters } = request.query;
        return service.findBases(ctx, requireActor(request), filters, { page, pageSize });
      },
    });

    app.post('/api/training/bases', {
      config: { access: permission('training.manage') },
      schema: { tags: ['training'], summary: 'Register a training base with its co-building organisations', body: createBaseBody, response: { 201: baseSchema } },
      handler: async (request, reply) => reply.status(201).send(await service.createBase(ctx, requireActor(request), request.body, auditSourceOf(request))),
    });

    app.get('/api/training/bases/:id', {
      config: { access: permission('training.read') },
      schema: { tags: ['training'], params: idParams, response: { 200: baseSchema } },
      handler: async (request) => service.getBase(ctx, requireActor(request), request.params.id),
    });

    app.patch('/api/training/bases/:id', {
      config: { access: permission('training.manage') },
      schema: {
        tags: ['training'],
        summary: 'Edit a base; fewer stations or shorter hours must still hold the bookings from today on',
        params: idParams,
        body: updateBaseBody,
        response: { 200: baseSchema },
      },
      handler: async (request) => service.updateBase(ctx, requireActor(request), request.params.id, request.body, auditSourceOf(request)),
    });

    app.get('/api/training/utilisation', {
      config: { access: permission('training.report') },
      schema: { tags: ['training'], summary: 'Used trainee-hours against capacity per base and month', querystring: utilisationQuery, response: { 200: utilisationSchema } },
      handler: async (request) => getUtilisation(ctx, requireActor(request), request.query),
    });

    app.get('/api/training/stats', {
      config: { access: permission('training.report') },
      schema: { tags: ['training'], summary: 'The year’s training figures: demonstrative bases, bookings, trainee-hours, programmes, competitions', querystring: yearQuery, response: { 200: trainingStatsSchema } },
      handler: async (request) => getTrainingStats(ctx, requireActor(request), request.query.year),
    });
  };
}
