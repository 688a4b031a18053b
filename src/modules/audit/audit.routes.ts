import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { permission, requireActor } from '../../platform/access';
import type { AppContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { findAuditEntries } from './audit.repository';
import { auditPage, listAuditQuery } from './audit.schemas';

export function auditRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/audit', {
      config: { access: permission('audit.read') },
      schema: { tags: ['audit'], summary: 'Browse the audit log of your zone', querystring: listAuditQuery, response: { 200: auditPage } },
      handler: async (request) => {
        const actor = requireActor(request);
        if (!actor.zoneId) throw new AppError('forbidden');
        const { page, pageSize, ...filters } = request.query;
        const { rows, total } = await findAuditEntries(ctx.db, actor.zoneId, filters, { offset: (page - 1) * pageSize, limit: pageSize });
        return {
          items: rows.map((row) => ({ ...row, at: row.at.toISOString() })),
          total,
          page,
          pageSize,
        };
      },
    });
  };
}
