import type { ServerResponse } from 'node:http';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PUBLIC, permission, requireActor } from '../../platform/access';
import { auditSourceOf } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import type { Locale } from '../../platform/i18n/messages';
import { AppError, renderError, requestLocale } from '../../platform/errors';
import { pageQuery, pageResult } from '../../platform/validation';
import type { LiveHub } from './live.hub';
import {
  answerBody,
  applyBody,
  applyResultSchema,
  askBody,
  cancelSessionBody,
  consoleListQuery,
  createSessionBody,
  eventsQuery,
  liveSessionSchema,
  onAirBody,
  publicListQuery,
  publicLiveSessionSchema,
  questionParams,
  questionSchema,
  questionsQuery,
  replaySchema,
  sessionApplicationSchema,
  sessionParams,
  updateSessionBody,
} from './live.schemas';
import * as service from './live.service';

const TAGS = ['live'];

/** The Last-Event-ID header wins over the query parameter (set by clients that cannot send headers). */
function lastEventIdOf(header: string | string[] | undefined, query: number | undefined): number | null {
  const value = Array.isArray(header) ? header[0] : header;
  if (value !== undefined && /^\d{1,15}$/.test(value.trim())) return Number(value.trim());
  return query ?? null;
}

function sendHijackedError(res: ServerResponse, locale: Locale, error: AppError): void {
  res.writeHead(error.status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(renderError(locale, error)));
}

/** 网络直播带岗: sessions, the host's console, viewers' one-tap applications and questions, and the SSE stream. */
export function liveRoutes(ctx: AppContext, hub: LiveHub): FastifyPluginAsyncZod {
  const deps = { ctx, hub };
  return async (app) => {
    app.get('/api/public/live-sessions', {
      config: { access: PUBLIC },
      schema: { tags: TAGS, summary: 'Live sessions for the portal: upcoming, live now or past', querystring: publicListQuery, response: { 200: z.object({ items: z.array(publicLiveSessionSchema) }) } },
      handler: async (request) => service.listPublicSessions(deps, request.query.phase),
    });

    app.get('/api/public/live-sessions/:id', {
      config: { access: PUBLIC },
      schema: { tags: TAGS, params: sessionParams, response: { 200: publicLiveSessionSchema } },
      handler: async (request) => service.getPublicSession(deps, request.params.id),
    });

    app.get('/api/live-sessions/:id/events', {
      // Thousands of viewers hold this open: no rate limit, and no session lookup for anonymous ones.
      config: { access: PUBLIC, rateLimit: false },
      schema: {
        tags: TAGS,
        summary: 'Server-Sent Events: a snapshot, the events after Last-Event-ID (or ?lastEventId=), then live events, counters and pings',
        params: sessionParams,
        querystring: eventsQuery,
      },
      handler: async (request, reply) => {
        const lastEventId = lastEventIdOf(request.headers['last-event-id'], request.query.lastEventId);
        const res = reply.raw;
        reply.hijack();
        let connected: boolean;
        try {
          connected = await hub.connect(request.params.id, res, lastEventId);
        } catch (error) {
          request.log.error({ err: error }, 'live stream failed to start');
          if (res.headersSent) res.destroy();
          else sendHijackedError(res, requestLocale(request), new AppError('internal'));
          return;
        }
        if (!connected) sendHijackedError(res, requestLocale(request), new AppError('not_found'));
      },
    });

    app.get('/api/live-sessions', {
      config: { access: permission('live.stats') },
      schema: { tags: TAGS, summary: 'The zone’s live sessions, for the console', querystring: consoleListQuery.extend(pageQuery.shape), response: { 200: pageResult(liveSessionSchema) } },
      handler: async (request) => {
        const { phase, page, pageSize } = request.query;
        return service.listZoneSessions(deps, requireActor(request), phase, { page, pageSize });
      },
    });

    app.post('/api/live-sessions', {
      config: { access: permission('live.manage') },
      schema: { tags: TAGS, summary: 'Schedule a live session with its run-sheet of positions', body: createSessionBody, response: { 201: liveSessionSchema } },
      handler: async (request, reply) => reply.status(201).send(await service.createSession(deps, requireActor(request), request.body, auditSourceOf(request))),
    });

    app.get('/api/live-sessions/:id', {
      config: { access: permission('live.stats') },
      schema: { tags: TAGS, params: sessionParams, response: { 200: liveSessionSchema } },
      handler: async (request) => service.getZoneSessionView(deps, requireActor(request), request.params.id),
    });

    app.patch('/api/live-sessions/:id', {
      config: { access: permission('live.manage') },
      schema: { tags: TAGS, summary: 'Edit a session; the run-sheet only before it starts', params: sessionParams, body: updateSessionBody, response: { 200: liveSessionSchema } },
      handler: async (request) => service.updateSession(deps, requireActor(request), request.params.id, request.body, auditSourceOf(request)),
    });

    app.post('/api/live-sessions/:id/start', {
      config: { access: permission('live.manage') },
      schema: { tags: TAGS, params: sessionParams, response: { 200: liveSessionSchema } },
      handler: async (request) => service.startSession(deps, requireActor(request), request.params.id, auditSourceOf(request)),
    });

    app.post('/api/live-sessions/:id/end', {
      config: { access: permission('live.manage') },
      schema: { tags: TAGS, params: sessionParams, response: { 200: liveSessionSchema } },
      handler: async (request) => service.endSession(deps, requireActor(request), request.params.id, auditSourceOf(request)),
    });

    app.post('/api/live-sessions/:id/cancel', {
      config: { access: permission('live.manage') },
      schema: { tags: TAGS, summary: 'Call off a session that has not started, with the reason viewers see', params: sessionParams, body: cancelSessionBody, response: { 200: liveSessionSchema } },
      handler: async (request) => service.cancelSession(deps, requireActor(request), request.params.id, request.body.reason, auditSourceOf(request)),
    });

    app.post('/api/live-sessions/:id/on-air', {
      config: { access: permission('live.manage') },
      schema: { tags: TAGS, summary: 'Put a run-sheet item on air (null: off air)', params: sessionParams, body: onAirBody, response: { 200: liveSessionSchema } },
      handler: async (request) => service.setOnAir(deps, requireActor(request), request.params.id, request.body.itemId, auditSourceOf(request)),
    });

    app.get('/api/live-sessions/:id/questions', {
      config: { access: permission('live.manage') },
      schema: { tags: TAGS, params: sessionParams, querystring: questionsQuery, response: { 200: z.object({ items: z.array(questionSchema) }) } },
      handler: async (request) => service.listQuestions(deps, requireActor(request), request.params.id, request.query.status),
    });

    app.post('/api/live-sessions/:id/questions', {
      config: { access: permission('live.ask') },
      schema: { tags: TAGS, summary: 'Ask a question (idempotent by key)', params: sessionParams, body: askBody, response: { 200: questionSchema, 201: questionSchema } },
      handler: async (request, reply) => {
        const { question, isNew } = await service.askQuestion(deps, requireActor(request), request.params.id, request.body, auditSourceOf(request));
        return reply.status(isNew ? 201 : 200).send(question);
      },
    });

    app.post('/api/live-sessions/:id/questions/:qid/answer', {
      config: { access: permission('live.manage') },
      schema: { tags: TAGS, params: questionParams, body: answerBody, response: { 200: questionSchema } },
      handler: async (request) => service.answerQuestion(deps, requireActor(request), request.params.id, request.params.qid, request.body, auditSourceOf(request)),
    });

    app.post('/api/live-sessions/:id/questions/:qid/hide', {
      config: { access: permission('live.manage') },
      schema: { tags: TAGS, params: questionParams, response: { 200: questionSchema } },
      handler: async (request) => service.hideQuestion(deps, requireActor(request), request.params.id, request.params.qid, auditSourceOf(request)),
    });

    app.get('/api/live-sessions/:id/applications', {
      config: { access: permission('live.manage') },
      schema: { tags: TAGS, params: sessionParams, response: { 200: z.object({ items: z.array(sessionApplicationSchema) }) } },
      handler: async (request) => service.listSessionApplications(deps, requireActor(request), request.params.id),
    });

    app.get('/api/live-sessions/:id/replay', {
      config: { access: permission('live.stats') },
      schema: { tags: TAGS, summary: 'After the session: the run-sheet with applications, hires and time on air', params: sessionParams, response: { 200: replaySchema } },
      handler: async (request) => service.getReplay(deps, requireActor(request), request.params.id),
    });

    app.post('/api/live-sessions/:id/apply', {
      config: { access: permission('live.apply') },
      schema: { tags: TAGS, summary: 'Apply in one tap (idempotent by key)', params: sessionParams, body: applyBody, response: { 200: applyResultSchema, 201: applyResultSchema } },
      handler: async (request, reply) => {
        const result = await service.apply(deps, requireActor(request), request.params.id, request.body, auditSourceOf(request));
        return reply.status(result.duplicate ? 200 : 201).send(result);
      },
    });
  };
}
