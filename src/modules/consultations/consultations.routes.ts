import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { permission, requireActor } from '../../platform/access';
import { auditSourceOf } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { idParams } from '../../platform/validation';
import {
  consultationHistory,
  consultationPage,
  consultationSchema,
  createConsultationBody,
  listConsultationsQuery,
  statsQuery,
  statsSchema,
  updateConsultationBody,
} from './consultations.schemas';
import * as service from './consultations.service';

export function consultationRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/consultations', {
      config: { access: permission('consultation.read') },
      schema: { tags: ['consultations'], summary: 'Consultations of my zone (职业指导/咨询)', querystring: listConsultationsQuery, response: { 200: consultationPage } },
      handler: async (request) => {
        const { page, pageSize, ...filters } = request.query;
        return service.findConsultations(ctx, requireActor(request), filters, { page, pageSize });
      },
    });

    app.get('/api/consultations/stats', {
      config: { access: permission('consultation.stats') },
      schema: { tags: ['consultations'], summary: 'Consultations and distinct seekers per period', querystring: statsQuery, response: { 200: statsSchema } },
      handler: async (request) => service.getConsultationStats(ctx, requireActor(request), request.query),
    });

    app.post('/api/consultations', {
      config: { access: permission('consultation.manage') },
      schema: { tags: ['consultations'], summary: 'Log a consultation', body: createConsultationBody, response: { 201: consultationSchema } },
      handler: async (request, reply) =>
        reply.status(201).send(await service.logConsultation(ctx, requireActor(request), request.body, auditSourceOf(request))),
    });

    app.get('/api/consultations/:id', {
      config: { access: permission('consultation.read') },
      schema: { tags: ['consultations'], params: idParams, response: { 200: consultationSchema } },
      handler: async (request) => service.getConsultation(ctx, requireActor(request), request.params.id),
    });

    app.patch('/api/consultations/:id', {
      config: { access: permission('consultation.manage') },
      schema: { tags: ['consultations'], params: idParams, body: updateConsultationBody, response: { 200: consultationSchema } },
      handler: async (request) =>
        service.updateConsultation(ctx, requireActor(request), request.params.id, request.body, auditSourceOf(request)),
    });

    app.get('/api/seekers/:id/consultations', {
      config: { access: permission('consultation.read') },
      schema: { tags: ['consultations'], summary: "A seeker's consultation history, newest first", params: idParams, response: { 200: consultationHistory } },
      handler: async (request) => ({ items: await service.findSeekerConsultations(ctx, requireActor(request), request.params.id) }),
    });
  };
}
