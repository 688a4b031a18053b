import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { permission, requireActor } from '../../platform/access';
import { auditSourceOf } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { idParams } from '../../platform/validation';
import {
  addEntrantBody,
  competitionPage,
  competitionSchema,
  createCompetitionBody,
  entrantList,
  entrantSchema,
  entrantsQuery,
  listCompetitionsQuery,
  recordResultBody,
  updateCompetitionBody,
} from './competitions.schemas';
import * as service from './competitions.service';

export function competitionRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/training/competitions', {
      config: { access: permission('training.report') },
      schema: { tags: ['training'], summary: 'Skill competitions of my zone (技能竞赛)', querystring: listCompetitionsQuery, response: { 200: competitionPage } },
      handler: async (request) => {
        const { page, pageSize, ...filters } = request.query;
        return service.findCompetitions(ctx, requireActor(request), filters, { page, pageSize });
      },
    });

    app.post('/api/training/competitions', {
      config: { access: permission('training.manage') },
      schema: { tags: ['training'], body: createCompetitionBody, response: { 201: competitionSchema } },
      handler: async (request, reply) =>
        reply.status(201).send(await service.createCompetition(ctx, requireActor(request), request.body, auditSourceOf(request))),
    });

    app.get('/api/training/competitions/:id', {
      config: { access: permission('training.report') },
      schema: { tags: ['training'], params: idParams, response: { 200: competitionSchema } },
      handler: async (request) => service.getCompetition(ctx, requireActor(request), request.params.id),
    });

    app.patch('/api/training/competitions/:id', {
      config: { access: permission('training.manage') },
      schema: { tags: ['training'], params: idParams, body: updateCompetitionBody, response: { 200: competitionSchema } },
      handler: async (request) => service.updateCompetition(ctx, requireActor(request), request.params.id, request.body, auditSourceOf(request)),
    });

    app.get('/api/training/competitions/:id/entrants', {
      config: { access: permission('training.report') },
      schema: { tags: ['training'], summary: 'Entrants with score, rank within their category and award', params: idParams, querystring: entrantsQuery, response: { 200: entrantList } },
      handler: async (request) => ({ items: await service.findEntrants(ctx, requireActor(request), request.params.id, request.query.category) }),
    });

    app.post('/api/training/competitions/:id/entrants', {
      config: { access: permission('training.manage') },
      schema: { tags: ['training'], params: idParams, body: addEntrantBody, response: { 201: entrantSchema } },
      handler: async (request, reply) =>
        reply.status(201).send(await service.addEntrant(ctx, requireActor(request), request.params.id, request.body, auditSourceOf(request))),
    });

    app.patch('/api/training/entrants/:id', {
      config: { access: permission('training.manage') },
      schema: { tags: ['training'], summary: 'Enter an entrant’s score and award', params: idParams, body: recordResultBody, response: { 200: entrantSchema } },
      handler: async (request) => service.recordResult(ctx, requireActor(request), request.params.id, request.body, auditSourceOf(request)),
    });
  };
}
