import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { permission, requireActor } from '../../platform/access';
import { auditSourceOf } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { requestLocale } from '../../platform/errors';
import { XLSX_MIME } from '../../platform/spreadsheet';
import { importCommitQuery, importJobParams, importJobSchema, importUploadQuery } from './resume-import.schemas';
import * as service from './resume-import.service';
import { contentDisposition } from '../../platform/http';

/** What browsers send for .xlsx and .csv files (Windows with Excel labels .csv as application/vnd.ms-excel). */
const UPLOAD_TYPES = [XLSX_MIME, 'text/csv', 'application/csv', 'application/vnd.ms-excel', 'application/octet-stream'];

/** Résumé import (简历导入) into the talent pool: template, upload with preview, progress, commit. */
export function resumeImportRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const store = service.createImportJobStore((error) => app.log.error({ err: error }, 'résumé import job failed'));
    app.addHook('onClose', async () => store.close());
    // The body stays a stream: the service spools it to a temporary file and reads it row by row.
    app.addContentTypeParser(UPLOAD_TYPES, (_request, payload, done) => {
      done(null, payload);
    });

    app.get('/api/seekers/import-template.xlsx', {
      config: { access: permission('seeker.import') },
      schema: { tags: ['talent'], summary: 'The résumé import template (xlsx, Chinese headers, notes sheet)' },
      handler: async (_request, reply) =>
        reply
          .type(XLSX_MIME)
          .header('content-disposition', contentDisposition('resume-import-template.xlsx', '简历导入模板.xlsx'))
          .send(await service.buildResumeTemplate()),
    });

    app.post('/api/seekers/import', {
      config: { access: permission('seeker.import') },
      bodyLimit: service.MAX_UPLOAD_BYTES,
      schema: {
        tags: ['talent'],
        summary: 'Upload an .xlsx or .csv file (raw body) and preview it: 200 with the report, or 202 while it is still being read',
        querystring: importUploadQuery,
        response: { 200: importJobSchema, 202: importJobSchema },
      },
      handler: async (request, reply) => {
        const view = await service.startResumeImport(ctx, store, requireActor(request), request.body, requestLocale(request));
        return reply.status(view.status === 'parsing' ? 202 : 200).send(view);
      },
    });

    app.get('/api/seekers/import/:jobId', {
      config: { access: permission('seeker.import') },
      schema: { tags: ['talent'], summary: 'Progress and report of an import job', params: importJobParams, response: { 200: importJobSchema } },
      handler: async (request) => service.getResumeImport(store, requireActor(request), request.params.jobId, requestLocale(request)),
    });

    app.post('/api/seekers/import/:jobId/commit', {
      config: { access: permission('seeker.import') },
      schema: {
        tags: ['talent'],
        summary: 'Write every row of a previewed file in one transaction (all or nothing); repeated people merged or skipped',
        params: importJobParams,
        querystring: importCommitQuery,
        response: { 200: importJobSchema, 202: importJobSchema },
      },
      handler: async (request, reply) => {
        const view = await service.commitResumeImport(
          ctx,
          store,
          requireActor(request),
          request.params.jobId,
          request.query.duplicates,
          requestLocale(request),
          auditSourceOf(request),
        );
        return reply.status(view.status === 'committing' ? 202 : 200).send(view);
      },
    });
  };
}
