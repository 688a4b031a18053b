import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { permission, requireActor } from '../../platform/access';
import type { AppContext } from '../../platform/context';
import { pageQuery } from '../../platform/validation';
import { operatorZone } from '../talent/talent.service';
import { markReadBody, myNotificationPage, outboxPage, outboxQuery } from './notifications.schemas';
import * as service from './notifications.service';

export function notificationRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/me/notifications', {
      config: { access: permission('profile.own') },
      schema: { tags: ['notifications'], summary: 'My messages, newest first, with the unread count', querystring: pageQuery, response: { 200: myNotificationPage } },
      handler: async (request) => service.findMyNotifications(ctx, requireActor(request), request.query),
    });

    app.post('/api/me/notifications/read', {
      config: { access: permission('profile.own') },
      schema: {
        tags: ['notifications'],
        summary: 'Mark my messages read (the given ones, or all)',
        body: markReadBody,
        response: { 200: z.object({ updated: z.number().int() }) },
      },
      handler: async (request) => service.markMyNotificationsRead(ctx, requireActor(request), request.body.ids ?? null),
    });

    app.get('/api/notifications/outbox', {
      config: { access: permission('notification.outbox') },
      schema: { tags: ['notifications'], summary: 'Messages sent to seekers of my zone and how their delivery went', querystring: outboxQuery, response: { 200: outboxPage } },
      handler: async (request) => {
        const { page, pageSize, ...filters } = request.query;
        return service.findOutbox(ctx, operatorZone(requireActor(request)), filters, { page, pageSize });
      },
    });
  };
}
