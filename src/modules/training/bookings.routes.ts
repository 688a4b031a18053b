import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { permission, requireActor } from '../../platform/access';
import { auditSourceOf } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { idParams } from '../../platform/validation';
import {
  bookingPage,
  bookingSchema,
  calendarQuery,
  calendarSchema,
  cancelBookingBody,
  createBookingBody,
  listBookingsQuery,
  recordUseBody,
} from './bookings.schemas';
import * as service from './bookings.service';

export function bookingRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/training/bookings', {
      config: { access: permission('training.read') },
      schema: { tags: ['training'], summary: 'Bookings: the zone’s for operators and government, my organisation’s otherwise', querystring: listBookingsQuery, response: { 200: bookingPage } },
      handler: async (request) => {
        const { page, pageSize, ...filters } = request.query;
        return service.findBookings(ctx, requireActor(request), filters, { page, pageSize });
      },
    });

    app.post('/api/training/bookings', {
      config: { access: permission('training.book') },
      schema: {
        tags: ['training'],
        summary: 'Book stations at a base for a date and time range; 409 names the field and the bookings it collides with',
        body: createBookingBody,
        response: { 201: bookingSchema },
      },
      handler: async (request, reply) => reply.status(201).send(await service.createBooking(ctx, requireActor(request), request.body, auditSourceOf(request))),
    });

    app.get('/api/training/bookings/:id', {
      config: { access: permission('training.read') },
      schema: { tags: ['training'], params: idParams, response: { 200: bookingSchema } },
      handler: async (request) => service.getBooking(ctx, requireActor(request), request.params.id),
    });

    app.post('/api/training/bookings/:id/cancel', {
      config: { access: permission('training.book') },
      schema: { tags: ['training'], summary: 'Cancel a booking, freeing its stations', params: idParams, body: cancelBookingBody, response: { 200: bookingSchema } },
      handler: async (request) => service.cancelBooking(ctx, requireActor(request), request.params.id, request.body, auditSourceOf(request)),
    });

    app.post('/api/training/bookings/:id/use', {
      config: { access: permission('training.book') },
      schema: { tags: ['training'], summary: 'Record the trainees who came and the hours they trained', params: idParams, body: recordUseBody, response: { 200: bookingSchema } },
      handler: async (request) => service.recordBookingUse(ctx, requireActor(request), request.params.id, request.body, auditSourceOf(request)),
    });

    app.get('/api/training/calendar', {
      config: { access: permission('training.read') },
      schema: {
        tags: ['training'],
        summary: 'Booked slots of a date range; other organisations’ bookings appear only as occupied',
        querystring: calendarQuery,
        response: { 200: calendarSchema },
      },
      handler: async (request) => service.getCalendar(ctx, requireActor(request), request.query),
    });
  };
}
