import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { permission, requireActor } from '../../platform/access';
import { auditSourceOf } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { idParams } from '../../platform/validation';
import { accountSchema, createStaffBody, resetPasswordBody, updateAccountBody } from './accounts.schemas';
import * as service from './accounts.service';

export function accountRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/organisations/:id/accounts', {
      config: { access: permission('staff.read') },
      schema: { tags: ['accounts'], summary: "An organisation's staff accounts", params: idParams, response: { 200: z.object({ items: z.array(accountSchema) }) } },
      handler: async (request) => ({ items: await service.findStaff(ctx, requireActor(request), request.params.id) }),
    });

    app.post('/api/organisations/:id/accounts', {
      config: { access: permission('staff.manage') },
      schema: { tags: ['accounts'], params: idParams, body: createStaffBody, response: { 201: accountSchema } },
      handler: async (request, reply) => {
        const created = await service.createStaff(ctx, requireActor(request), request.params.id, request.body, auditSourceOf(request));
        return reply.status(201).send(created);
      },
    });

    app.patch('/api/accounts/:id', {
      config: { access: permission('staff.manage') },
      schema: { tags: ['accounts'], params: idParams, body: updateAccountBody, response: { 200: accountSchema } },
      handler: async (request) => service.updateStaff(ctx, requireActor(request), request.params.id, request.body, auditSourceOf(request)),
    });

    app.post('/api/accounts/:id/password', {
      config: { access: permission('staff.manage') },
      schema: { tags: ['accounts'], params: idParams, body: resetPasswordBody, response: { 204: z.null() } },
      handler: async (request, reply) => {
        await service.resetStaffPassword(ctx, requireActor(request), request.params.id, request.body.password, auditSourceOf(request));
        return reply.status(204).send(null);
      },
    });
  };
}
