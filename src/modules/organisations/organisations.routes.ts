import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { permission, PUBLIC, requireActor } from '../../platform/access';
import { auditSourceOf } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { contentDisposition } from '../../platform/http';
import { requestLocale } from '../../platform/errors';
import { XLSX_MIME } from '../../platform/spreadsheet';
import { idParams } from '../../platform/validation';
import { buildImportTemplate, exportOrganisations, importOrganisations } from './organisations.import';
import {
  createOrganisationBody,
  importQuery,
  importReport,
  listOrganisationsQuery,
  organisationFilters,
  organisationPage,
  organisationSchema,
  publicStatsSchema,
  updateOrganisationBody,
} from './organisations.schemas';
import * as service from './organisations.service';
import { type Region, REGION_TREE } from './regions';

const IMPORT_BODY_LIMIT = 10 * 1024 * 1024;

const regionSchema: z.ZodType<Region> = z.lazy(() =>
  z.object({ code: z.string(), name: z.string(), children: z.array(regionSchema).optional() }),
);

export function organisationRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.addContentTypeParser([XLSX_MIME, 'application/octet-stream'], { parseAs: 'buffer', bodyLimit: IMPORT_BODY_LIMIT }, (_req, body, done) => {
      done(null, body);
    });

    app.get('/api/organisations', {
      config: { access: permission('organisation.read') },
      schema: { tags: ['organisations'], summary: 'List organisations (成员单位)', querystring: listOrganisationsQuery, response: { 200: organisationPage } },
      handler: async (request) => {
        const { page, pageSize, ...filters } = request.query;
        return service.findOrganisations(ctx, requireActor(request), filters, { page, pageSize });
      },
    });

    app.get('/api/organisations/:id', {
      config: { access: permission('organisation.read') },
      schema: { tags: ['organisations'], params: idParams, response: { 200: organisationSchema } },
      handler: async (request) =>
        service.toOrganisationView(await service.getVisibleOrganisation(ctx, requireActor(request), request.params.id)),
    });

    app.post('/api/organisations', {
      config: { access: permission('organisation.create') },
      schema: { tags: ['organisations'], body: createOrganisationBody, response: { 201: organisationSchema } },
      handler: async (request, reply) => {
        const created = await service.createOrganisation(ctx, requireActor(request), request.body, auditSourceOf(request));
        return reply.status(201).send(created);
      },
    });

    app.patch('/api/organisations/:id', {
      config: { access: permission('organisation.update') },
      schema: { tags: ['organisations'], params: idParams, body: updateOrganisationBody, response: { 200: organisationSchema } },
      handler: async (request) =>
        service.updateOrganisation(ctx, requireActor(request), request.params.id, request.body, auditSourceOf(request)),
    });

    for (const [action, isActive] of [
      ['deactivate', false],
      ['activate', true],
    ] as const) {
      app.post(`/api/organisations/:id/${action}`, {
        config: { access: permission('organisation.deactivate') },
        schema: { tags: ['organisations'], params: idParams, response: { 200: organisationSchema } },
        handler: async (request) =>
          service.setOrganisationActive(ctx, requireActor(request), request.params.id, isActive, auditSourceOf(request)),
      });
    }

    app.get('/api/organisations/export.xlsx', {
      config: { access: permission('organisation.export') },
      schema: { tags: ['organisations'], summary: 'Export the filtered organisations as xlsx', querystring: organisationFilters },
      handler: async (request, reply) => {
        const file = await exportOrganisations(ctx, requireActor(request), request.query, requestLocale(request), auditSourceOf(request));
        return reply
          .type(XLSX_MIME)
          .header('content-disposition', contentDisposition('organisations.xlsx', '成员单位.xlsx'))
          .send(file);
      },
    });

    app.get('/api/organisations/import-template.xlsx', {
      config: { access: permission('organisation.import') },
      schema: { tags: ['organisations'], summary: 'The import template' },
      handler: async (_request, reply) =>
        reply
          .type(XLSX_MIME)
          .header('content-disposition', contentDisposition('organisations-template.xlsx', '成员单位导入模板.xlsx'))
          .send(await buildImportTemplate()),
    });

    app.post('/api/organisations/import', {
      config: { access: permission('organisation.import') },
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags: ['organisations'],
        summary: 'Import organisations from xlsx: preview reports every bad row; commit is all-or-nothing',
        querystring: importQuery,
        response: { 200: importReport },
      },
      handler: async (request) => {
        const body = request.body;
        const file = Buffer.isBuffer(body) ? body : Buffer.alloc(0);
        return importOrganisations(ctx, requireActor(request), file, request.query.mode, requestLocale(request), auditSourceOf(request));
      },
    });

    app.get('/api/regions', {
      config: { access: PUBLIC },
      schema: { tags: ['organisations'], summary: 'GB/T 2260 administrative divisions', response: { 200: z.array(regionSchema) } },
      handler: async (_request, reply) => reply.header('cache-control', 'public, max-age=86400').send(REGION_TREE),
    });

    app.get('/api/public/stats', {
      config: { access: PUBLIC },
      schema: { tags: ['portal'], summary: 'Figures for the portal home page', response: { 200: publicStatsSchema } },
      handler: async () => service.getPublicStats(ctx),
    });
  };
}
