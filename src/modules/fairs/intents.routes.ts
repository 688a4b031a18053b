import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PUBLIC, permission, requireActor } from '../../platform/access';
import { auditSourceOf } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { requestLocale } from '../../platform/errors';
import { contentDisposition } from '../../platform/http';
import { XLSX_MIME } from '../../platform/spreadsheet';
import { idParams } from '../../platform/validation';
import { getFairStats, getYearStats } from './fair-stats.service';
import {
  exportIntentsQuery,
  fairStatsSchema,
  followUpBody,
  followUpQuery,
  intentPage,
  intentSchema,
  listIntentsQuery,
  myIntentsSchema,
  publicBoothSchema,
  qrTokenParams,
  recordIntentBody,
  seekerIntentBody,
  yearStatsQuery,
  yearStatsSchema,
} from './intents.schemas';
import * as service from './intents.service';
import { exportIntents } from './intents.spreadsheet';
import { surveyAcceptedSchema, surveyResponseBody, surveyResultsSchema, surveySentSchema, surveyStateSchema } from './survey.schemas';
import * as survey from './survey.service';

/** Booth intents and résumés, the seeker's booth QR, fair statistics, the follow-up and the survey. */
export function fairIntentRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post('/api/fairs/:id/intents', {
      config: { access: permission('fair.intent') },
      schema: {
        tags: ['fairs'],
        summary: 'Booth staff record an intent (初步就业意向) for a ticket; 200 with the first intent when the key or (fair, position, seeker) repeats',
        params: idParams,
        body: recordIntentBody,
        response: { 200: intentSchema, 201: intentSchema },
      },
      handler: async (request, reply) => {
        const { intent, isNew } = await service.recordBoothIntent(ctx, requireActor(request), request.params.id, request.body, auditSourceOf(request));
        return reply.status(isNew ? 201 : 200).send(intent);
      },
    });

    app.get('/api/fairs/:id/intents', {
      config: { access: permission('fair.stats') },
      schema: {
        tags: ['fairs'],
        summary: 'A fair’s intents: all to those who run it, an enterprise’s own to its staff, the count alone to government',
        params: idParams,
        querystring: listIntentsQuery,
        response: { 200: intentPage },
      },
      handler: async (request) => {
        const { page, pageSize, ...filters } = request.query;
        return service.findFairIntents(ctx, requireActor(request), request.params.id, filters, { page, pageSize });
      },
    });

    app.get('/api/fairs/:id/intents.xlsx', {
      config: { access: permission('fair.stats') },
      schema: { tags: ['fairs'], summary: 'The intents of the list as xlsx', params: idParams, querystring: exportIntentsQuery },
      handler: async (request, reply) => {
        const file = await exportIntents(ctx, requireActor(request), request.params.id, request.query, requestLocale(request), auditSourceOf(request));
        return reply.type(XLSX_MIME).header('content-disposition', contentDisposition('fair-intents.xlsx', '初步就业意向.xlsx')).send(file);
      },
    });

    app.get('/api/me/fair-intents', {
      config: { access: permission('fair.register') },
      schema: { tags: ['fairs'], summary: 'The seeker’s own intents at fairs', response: { 200: myIntentsSchema } },
      handler: async (request) => service.findMyIntents(ctx, requireActor(request)),
    });

    app.get('/api/public/booths/:qrToken', {
      config: { access: PUBLIC },
      schema: { tags: ['fairs'], summary: 'The booth a QR code leads to, with its positions', params: qrTokenParams, response: { 200: publicBoothSchema } },
      handler: async (request) => service.getPublicBooth(ctx, request.params.qrToken),
    });

    app.post('/api/booths/:qrToken/intents', {
      config: { access: permission('fair.intent') },
      schema: {
        tags: ['fairs'],
        summary: 'A seeker who scanned a booth’s QR code records an intent, optionally sharing the résumé; registers and checks them in when needed',
        params: qrTokenParams,
        body: seekerIntentBody,
        response: { 200: intentSchema, 201: intentSchema },
      },
      handler: async (request, reply) => {
        const { intent, isNew } = await service.recordSeekerIntent(ctx, requireActor(request), request.params.qrToken, request.body, auditSourceOf(request));
        return reply.status(isNew ? 201 : 200).send(intent);
      },
    });

    app.get('/api/fairs/stats', {
      config: { access: permission('fair.stats') },
      schema: { tags: ['fairs'], summary: 'The zone’s fairs of a year with their totals (operator and government)', querystring: yearStatsQuery, response: { 200: yearStatsSchema } },
      handler: async (request) => getYearStats(ctx, requireActor(request), request.query.year),
    });

    app.get('/api/fairs/:id/stats', {
      config: { access: permission('fair.stats') },
      schema: { tags: ['fairs'], summary: 'A fair’s figures; an enterprise gets its own', params: idParams, response: { 200: fairStatsSchema } },
      handler: async (request) => getFairStats(ctx, requireActor(request), request.params.id),
    });

    app.get('/api/fairs/:id/follow-up', {
      config: { access: permission('fair.follow_up') },
      schema: { tags: ['fairs'], summary: 'Intents nobody was hired on yet, strong first', params: idParams, querystring: followUpQuery, response: { 200: intentPage } },
      handler: async (request) => {
        const { page, pageSize, ...filters } = request.query;
        return service.findFollowUp(ctx, requireActor(request), request.params.id, filters, { page, pageSize });
      },
    });

    app.patch('/api/fair-intents/:id/follow-up', {
      config: { access: permission('fair.follow_up') },
      schema: { tags: ['fairs'], summary: 'Record how the follow-up of an intent goes', params: idParams, body: followUpBody, response: { 200: intentSchema } },
      handler: async (request) => service.updateFollowUp(ctx, requireActor(request), request.params.id, request.body, auditSourceOf(request)),
    });

    app.post('/api/fairs/:id/survey/send', {
      config: { access: permission('fair.follow_up') },
      schema: { tags: ['fairs'], summary: 'Send the satisfaction survey to every seeker who came, once the fair is over', params: idParams, response: { 200: surveySentSchema } },
      handler: async (request) => survey.sendSurvey(ctx, requireActor(request), request.params.id, auditSourceOf(request)),
    });

    app.get('/api/fairs/:id/survey', {
      config: { access: permission('fair.survey') },
      schema: { tags: ['fairs'], summary: 'Whether the caller may answer the survey and has', params: idParams, response: { 200: surveyStateSchema } },
      handler: async (request) => survey.getSurveyState(ctx, requireActor(request), request.params.id),
    });

    app.post('/api/fairs/:id/survey/responses', {
      config: { access: permission('fair.survey') },
      schema: { tags: ['fairs'], summary: 'Answer the survey, once per account', params: idParams, body: surveyResponseBody, response: { 201: surveyAcceptedSchema } },
      handler: async (request, reply) => reply.status(201).send(await survey.respondToSurvey(ctx, requireActor(request), request.params.id, request.body, auditSourceOf(request))),
    });

    app.get('/api/fairs/:id/survey/results', {
      config: { access: permission('fair.stats') },
      schema: { tags: ['fairs'], summary: 'The survey’s results (operator, host, government)', params: idParams, response: { 200: surveyResultsSchema } },
      handler: async (request) => survey.getSurveyResults(ctx, requireActor(request), request.params.id),
    });
  };
}
