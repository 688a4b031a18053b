import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { permission, PUBLIC, requireActor } from '../../platform/access';
import { auditSourceOf } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { idParams } from '../../platform/validation';
import {
  bulletinDetailSchema,
  bulletinPage,
  createBulletinBody,
  listBulletinsQuery,
  listPublicBulletinsQuery,
  publicBulletinPage,
  publicBulletinSchema,
  updateBulletinBody,
} from './bulletins.schemas';
import * as service from './bulletins.service';
import { contentDisposition } from '../../platform/http';

/** Apply and portal links point back at the host the request came to (behind a trusted proxy, its forwarded host). */
function linksOf(request: FastifyRequest): service.Links {
  return { baseUrl: `${request.protocol}://${request.host}` };
}

async function sendFile(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  file: { id: string; kind: service.BulletinFileKind; isPreview: boolean },
): Promise<FastifyReply> {
  const actor = file.isPreview ? requireActor(request) : null;
  const found = await service.getBulletinFile(ctx, actor, file.id, file.kind, linksOf(request), request.headers['if-none-match']);
  reply.header('etag', found.etag).header('cache-control', file.isPreview ? 'private, no-cache' : 'public, max-age=300');
  if (!found.body) return reply.status(304).send();
  const ascii = found.fileName.replace(/[^\x20-\x7e]/g, '_');
  return reply
    .type(file.kind === 'pdf' ? 'application/pdf' : 'image/png')
    .header('content-disposition', contentDisposition(ascii, found.fileName, 'inline'))
    .send(found.body);
}

export function bulletinRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/bulletins', {
      config: { access: permission('bulletin.read') },
      schema: { tags: ['bulletins'], summary: 'List the zone’s bulletin issues (招聘信息), every status', querystring: listBulletinsQuery, response: { 200: bulletinPage } },
      handler: async (request) => {
        const { page, pageSize, ...filters } = request.query;
        return service.findBulletins(ctx, requireActor(request), filters, { page, pageSize });
      },
    });

    app.get('/api/bulletins/:id', {
      config: { access: permission('bulletin.read') },
      schema: { tags: ['bulletins'], params: idParams, response: { 200: bulletinDetailSchema } },
      handler: async (request) => service.getBulletin(ctx, requireActor(request), request.params.id, linksOf(request)),
    });

    app.post('/api/bulletins', {
      config: { access: permission('bulletin.manage') },
      schema: {
        tags: ['bulletins'],
        summary: 'Compile a draft issue from published positions; it takes the next number of its year',
        body: createBulletinBody,
        response: { 201: bulletinDetailSchema },
      },
      handler: async (request, reply) => {
        const created = await service.createBulletin(ctx, requireActor(request), request.body, linksOf(request), auditSourceOf(request));
        return reply.status(201).send(created);
      },
    });

    app.patch('/api/bulletins/:id', {
      config: { access: permission('bulletin.manage') },
      schema: {
        tags: ['bulletins'],
        summary: 'Edit or reorder a draft or withdrawn issue (positionIds in the wanted order)',
        params: idParams,
        body: updateBulletinBody,
        response: { 200: bulletinDetailSchema },
      },
      handler: async (request) =>
        service.updateBulletin(ctx, requireActor(request), request.params.id, request.body, linksOf(request), auditSourceOf(request)),
    });

    app.post('/api/bulletins/:id/publish', {
      config: { access: permission('bulletin.manage') },
      schema: { tags: ['bulletins'], params: idParams, response: { 200: bulletinDetailSchema } },
      handler: async (request) => service.publishBulletin(ctx, requireActor(request), request.params.id, linksOf(request), auditSourceOf(request)),
    });

    app.post('/api/bulletins/:id/withdraw', {
      config: { access: permission('bulletin.manage') },
      schema: { tags: ['bulletins'], summary: 'Take a published issue off the portal', params: idParams, response: { 200: bulletinDetailSchema } },
      handler: async (request) => service.withdrawBulletin(ctx, requireActor(request), request.params.id, linksOf(request), auditSourceOf(request)),
    });

    app.get('/api/bulletins/:id/pdf', {
      config: { access: permission('bulletin.read') },
      schema: { tags: ['bulletins'], summary: 'Preview the A4 PDF of any issue of the zone', params: idParams },
      handler: async (request, reply) =>
        sendFile(ctx, request, reply, { id: request.params.id, kind: 'pdf', isPreview: true }),
    });

    app.get('/api/bulletins/:id/poster.png', {
      config: { access: permission('bulletin.read') },
      schema: { tags: ['bulletins'], summary: 'Preview the poster of any issue of the zone', params: idParams },
      handler: async (request, reply) =>
        sendFile(ctx, request, reply, { id: request.params.id, kind: 'poster', isPreview: true }),
    });

    app.get('/api/public/bulletins', {
      config: { access: PUBLIC },
      schema: { tags: ['portal'], summary: 'Published bulletin issues, newest first', querystring: listPublicBulletinsQuery, response: { 200: publicBulletinPage } },
      handler: async (request) => {
        const { page, pageSize, ...filters } = request.query;
        return service.findPublicBulletins(ctx, filters, { page, pageSize });
      },
    });

    app.get('/api/public/bulletins/:id', {
      config: { access: PUBLIC },
      schema: { tags: ['portal'], summary: 'A published issue with its positions grouped by enterprise', params: idParams, response: { 200: publicBulletinSchema } },
      handler: async (request) => service.getPublicBulletin(ctx, request.params.id, linksOf(request)),
    });

    app.get('/api/public/bulletins/:id/pdf', {
      config: { access: PUBLIC },
      schema: { tags: ['portal'], summary: 'A published issue as an A4 PDF, one QR code per position', params: idParams },
      handler: async (request, reply) => sendFile(ctx, request, reply, { id: request.params.id, kind: 'pdf', isPreview: false }),
    });

    app.get('/api/public/bulletins/:id/poster.png', {
      config: { access: PUBLIC },
      schema: { tags: ['portal'], summary: 'A published issue as a 1080×1920 poster image', params: idParams },
      handler: async (request, reply) =>
        sendFile(ctx, request, reply, { id: request.params.id, kind: 'poster', isPreview: false }),
    });
  };
}
