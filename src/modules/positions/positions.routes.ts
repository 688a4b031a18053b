import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { permission, PUBLIC, requireActor } from '../../platform/access';
import { auditSourceOf } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { requestLocale } from '../../platform/errors';
import { contentDisposition } from '../../platform/http';
import { XLSX_MIME } from '../../platform/spreadsheet';
import { idParams, pageResult } from '../../platform/validation';
import { applyToPosition, findApplications, updateApplication } from './applications.service';
import * as repo from './positions.repository';
import { exportPositions } from './positions.spreadsheet';
import {
  applicationSchema,
  applyBody,
  createPositionBody,
  listApplicationsQuery,
  listPositionsQuery,
  positionPage,
  positionSchema,
  publicPositionPage,
  type PublicPositionPage,
  reviewPositionBody,
  searchPositionsQuery,
  updateApplicationBody,
  updatePositionBody,
} from './positions.schemas';
import type { PositionSearch } from './positions.search';
import * as service from './positions.service';

const PUBLIC_PAGE_CACHE_SIZE = 500;

/**
 * Sends JSON that was already serialised with the route's response schema; Fastify passes a string
 * with a JSON content type through untouched, which the typed `send` cannot express.
 */
function sendSerialised(reply: FastifyReply, json: string): FastifyReply {
  return reply.type('application/json').send(json as unknown as PublicPositionPage);
}

export function positionRoutes(ctx: AppContext, search: PositionSearch): FastifyPluginAsyncZod {
  /** Serialised public search pages by query, least recently used first. */
  const publicPages = new Map<string, { version: number; body: string }>();
  return async (app) => {
    app.get('/api/positions', {
      config: { access: PUBLIC },
      schema: {
        tags: ['positions'],
        summary: 'Public job search over published positions (Chinese and English words, filters, relevance or recency)',
        querystring: searchPositionsQuery,
        response: { 200: publicPositionPage },
      },
      handler: async (request, reply) => {
        // The same public query gives the same page until the index changes, so hot queries (the
        // portal's first page, popular words) are served from memory, already serialised.
        const key = JSON.stringify(request.query);
        const cached = publicPages.get(key);
        if (cached && cached.version === search.version()) return sendSerialised(reply, cached.body);
        const version = search.version();
        const { q, page, pageSize, ...filters } = request.query;
        const { ids, total } = await search.search({ ...filters, q, offset: (page - 1) * pageSize, limit: pageSize });
        const rows = new Map((await repo.getPositionsByIds(ctx.db, ids)).map((row) => [row.position.id, row]));
        const items = ids.flatMap((id) => {
          const row = rows.get(id);
          return row ? [service.toPositionView(row)] : [];
        });
        const body = JSON.stringify(publicPositionPage.parse({ items, total, page, pageSize }));
        publicPages.delete(key);
        publicPages.set(key, { version, body });
        if (publicPages.size > PUBLIC_PAGE_CACHE_SIZE) publicPages.delete(publicPages.keys().next().value as string);
        return sendSerialised(reply, body);
      },
    });

    app.get('/api/positions/:id', {
      config: { access: PUBLIC },
      schema: { tags: ['positions'], summary: 'A position: published ones for everyone, others for their enterprise and operators', params: idParams, response: { 200: positionSchema } },
      handler: async (request) => service.toPositionView(await service.getVisiblePosition(ctx, request.actor, request.params.id)),
    });

    app.get('/api/managed-positions', {
      config: { access: permission('position.read') },
      schema: { tags: ['positions'], summary: "The caller's positions in every status: an enterprise's own, or the zone's for operators", querystring: listPositionsQuery, response: { 200: positionPage } },
      handler: async (request) => {
        const { page, pageSize, ...filters } = request.query;
        return service.findPositions(ctx, requireActor(request), filters, { page, pageSize });
      },
    });

    app.get('/api/managed-positions/export.xlsx', {
      config: { access: permission('position.read') },
      schema: { tags: ['positions'], summary: 'Export the positions the caller manages, filtered like the list, as xlsx', querystring: listPositionsQuery.omit({ page: true, pageSize: true }) },
      handler: async (request, reply) => {
        const file = await exportPositions(ctx, requireActor(request), request.query, requestLocale(request), auditSourceOf(request));
        return reply.type(XLSX_MIME).header('content-disposition', contentDisposition('positions.xlsx', '岗位.xlsx')).send(file);
      },
    });

    app.post('/api/positions', {
      config: { access: permission('position.write') },
      schema: { tags: ['positions'], body: createPositionBody, response: { 201: positionSchema } },
      handler: async (request, reply) => reply.status(201).send(await service.createPosition(ctx, requireActor(request), request.body, auditSourceOf(request))),
    });

    app.patch('/api/positions/:id', {
      config: { access: permission('position.write') },
      schema: { tags: ['positions'], params: idParams, body: updatePositionBody, response: { 200: positionSchema } },
      handler: async (request) => {
        const updated = await service.updatePosition(ctx, requireActor(request), request.params.id, request.body, auditSourceOf(request));
        await search.catchUp();
        return updated;
      },
    });

    for (const action of ['submit', 'close'] as const) {
      app.post(`/api/positions/:id/${action}`, {
        config: { access: permission('position.write') },
        schema: { tags: ['positions'], params: idParams, response: { 200: positionSchema } },
        handler: async (request) => {
          const updated = await service.transitionPosition(ctx, requireActor(request), request.params.id, action, {}, auditSourceOf(request));
          await search.catchUp();
          return updated;
        },
      });
    }

    app.post('/api/positions/:id/review', {
      config: { access: permission('position.review') },
      schema: { tags: ['positions'], summary: 'Operator approves (publishes) or returns a submitted position with a reason', params: idParams, body: reviewPositionBody, response: { 200: positionSchema } },
      handler: async (request) => {
        const body = request.body;
        const updated = await service.transitionPosition(
          ctx,
          requireActor(request),
          request.params.id,
          body.decision === 'approve' ? 'approve' : 'return',
          body.decision === 'return' ? { reason: body.reason } : {},
          auditSourceOf(request),
        );
        await search.catchUp();
        return updated;
      },
    });

    app.post('/api/positions/:id/applications', {
      config: { access: permission('application.create') },
      schema: { tags: ['applications'], summary: 'A seeker applies with their résumé; retries with the same idempotencyKey return the first application', params: idParams, body: applyBody, response: { 200: applicationSchema, 201: applicationSchema } },
      handler: async (request, reply) => {
        const { application, isNew } = await applyToPosition(ctx, requireActor(request), request.params.id, request.body, auditSourceOf(request));
        return reply.status(isNew ? 201 : 200).send(application);
      },
    });

    app.get('/api/applications', {
      config: { access: permission('application.read') },
      schema: { tags: ['applications'], summary: "Applications: a seeker's own, an enterprise's to its positions, the zone's for operators", querystring: listApplicationsQuery, response: { 200: pageResult(applicationSchema) } },
      handler: async (request) => {
        const { page, pageSize, ...filters } = request.query;
        return findApplications(ctx, requireActor(request), filters, { page, pageSize });
      },
    });

    app.patch('/api/applications/:id', {
      config: { access: permission('application.update') },
      schema: { tags: ['applications'], params: idParams, body: updateApplicationBody, response: { 200: applicationSchema } },
      handler: async (request) => {
        const body = request.body;
        const updated = await updateApplication(
          ctx,
          requireActor(request),
          request.params.id,
          { status: body.status, ...(body.status === 'declined' ? { reason: body.reason } : {}) },
          auditSourceOf(request),
        );
        // A hire may fill the position, which takes it out of the public search.
        if (body.status === 'hired') await search.catchUp();
        return updated;
      },
    });
  };
}
