import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PUBLIC, permission, requireActor } from '../../platform/access';
import { auditSourceOf } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { contentDisposition } from '../../platform/http';
import { idParams } from '../../platform/validation';
import {
  approveBoothBody,
  boothList,
  boothParams,
  boothSchema,
  createBoothBody,
  listBoothsQuery,
  rejectBoothBody,
  updateBoothBody,
} from './booths.schemas';
import * as booths from './booths.service';
import { checkinBody, checkinResponse, checkinSummarySchema } from './checkins.schemas';
import * as checkins from './checkins.service';
import {
  cancelFairBody,
  createFairBody,
  fairPage,
  fairSchema,
  listFairsQuery,
  publicFairSchema,
  publicFairsQuery,
  publishFairBody,
  updateFairBody,
} from './fairs.schemas';
import * as fairs from './fairs.service';
import {
  listRegistrationsQuery,
  publicRegistrationBody,
  registrationPage,
  registrationParams,
  selfRegistrationBody,
  ticketCodeParams,
  ticketList,
  ticketSchema,
  walkInBody,
} from './registrations.schemas';
import * as registrations from './registrations.service';

/** Where QR codes point: the address the caller reached us at. */
function originOf(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

const fairIdParams = z.object({ id: z.uuid() });

export function fairRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  // The public short form creates profiles: the same tight budget per address as account registration.
  const registrationLimit = {
    max: ctx.config.rateLimits.auth,
    timeWindow: '1 minute',
    keyGenerator: (request: FastifyRequest) => `fair-register:${request.ip}`,
  };

  return async (app) => {
    // The portal -----------------------------------------------------------------------------------
    app.get('/api/public/fairs', {
      config: { access: PUBLIC },
      schema: { tags: ['fairs'], summary: 'Published fairs with their approved enterprises and positions', querystring: publicFairsQuery, response: { 200: z.object({ items: z.array(publicFairSchema) }) } },
      handler: async (request) => fairs.findPublicFairs(ctx, request.query),
    });

    app.get('/api/public/fairs/:id', {
      config: { access: PUBLIC },
      schema: { tags: ['fairs'], params: idParams, response: { 200: publicFairSchema } },
      handler: async (request) => fairs.getPublicFair(ctx, request.params.id),
    });

    app.post('/api/public/fairs/:id/registrations', {
      config: { access: PUBLIC, rateLimit: registrationLimit },
      schema: {
        tags: ['fairs'],
        summary: 'Short form for people without an account: finds or creates the profile by phone, gives a ticket',
        params: idParams,
        body: publicRegistrationBody,
        response: { 200: ticketSchema, 201: ticketSchema },
      },
      handler: async (request, reply) => {
        const { ticket, created } = await registrations.registerPublic(ctx, request.params.id, request.body, originOf(request), auditSourceOf(request));
        return reply.status(created ? 201 : 200).send(ticket);
      },
    });

    app.get('/api/public/tickets/:ticketCode', {
      config: { access: PUBLIC },
      schema: { tags: ['fairs'], summary: 'A ticket by its code (the code is the bearer); the name is masked', params: ticketCodeParams, response: { 200: ticketSchema } },
      handler: async (request) => registrations.getPublicTicket(ctx, request.params.ticketCode, originOf(request)),
    });

    // Fairs ----------------------------------------------------------------------------------------
    app.get('/api/fairs', {
      config: { access: permission('fair.read') },
      schema: { tags: ['fairs'], summary: 'The zone’s fairs (drafts to those who run them)', querystring: listFairsQuery, response: { 200: fairPage } },
      handler: async (request) => fairs.findFairs(ctx, requireActor(request), request.query),
    });

    app.post('/api/fairs', {
      config: { access: permission('fair.manage') },
      schema: { tags: ['fairs'], summary: 'Create a fair (draft): operators, or a school’s staff for a fair the school hosts', body: createFairBody, response: { 201: fairSchema } },
      handler: async (request, reply) => reply.status(201).send(await fairs.createFair(ctx, requireActor(request), request.body, auditSourceOf(request))),
    });

    app.get('/api/fairs/:id', {
      config: { access: permission('fair.read') },
      schema: { tags: ['fairs'], params: idParams, response: { 200: fairSchema } },
      handler: async (request) => fairs.getFair(ctx, requireActor(request), request.params.id),
    });

    app.patch('/api/fairs/:id', {
      config: { access: permission('fair.manage') },
      schema: { tags: ['fairs'], params: idParams, body: updateFairBody, response: { 200: fairSchema } },
      handler: async (request) => fairs.updateFair(ctx, requireActor(request), request.params.id, request.body, auditSourceOf(request)),
    });

    app.post('/api/fairs/:id/publish', {
      config: { access: permission('fair.manage') },
      schema: { tags: ['fairs'], params: idParams, body: publishFairBody, response: { 200: fairSchema } },
      handler: async (request) => fairs.publishFair(ctx, requireActor(request), request.params.id, auditSourceOf(request)),
    });

    app.post('/api/fairs/:id/cancel', {
      config: { access: permission('fair.manage') },
      schema: { tags: ['fairs'], params: idParams, body: cancelFairBody, response: { 200: fairSchema } },
      handler: async (request) => fairs.cancelFair(ctx, requireActor(request), request.params.id, request.body, auditSourceOf(request)),
    });

    // Booths ---------------------------------------------------------------------------------------
    app.get('/api/fairs/:id/booths', {
      config: { access: permission('fair.read') },
      schema: { tags: ['fairs'], summary: 'Booths: all to the fair’s managers and government, its own to an enterprise', params: idParams, querystring: listBoothsQuery, response: { 200: boothList } },
      handler: async (request) => booths.findBooths(ctx, requireActor(request), request.params.id, request.query.status),
    });

    app.post('/api/fairs/:id/booths', {
      config: { access: permission('fair.booth') },
      schema: { tags: ['fairs'], summary: 'Register a booth with the enterprise’s published positions (pending)', params: idParams, body: createBoothBody, response: { 201: boothSchema } },
      handler: async (request, reply) => reply.status(201).send(await booths.createBooth(ctx, requireActor(request), request.params.id, request.body, auditSourceOf(request))),
    });

    app.get('/api/fairs/:fairId/booths/:boothId', {
      config: { access: permission('fair.read') },
      schema: { tags: ['fairs'], params: boothParams, response: { 200: boothSchema } },
      handler: async (request) => booths.getBooth(ctx, requireActor(request), request.params.fairId, request.params.boothId),
    });

    app.patch('/api/fairs/:fairId/booths/:boothId', {
      config: { access: permission('fair.booth') },
      schema: { tags: ['fairs'], params: boothParams, body: updateBoothBody, response: { 200: boothSchema } },
      handler: async (request) => booths.updateBooth(ctx, requireActor(request), request.params.fairId, request.params.boothId, request.body, auditSourceOf(request)),
    });

    app.post('/api/fairs/:fairId/booths/:boothId/approve', {
      config: { access: permission('fair.manage') },
      schema: { tags: ['fairs'], summary: 'Approve a booth with its number (unique within the fair)', params: boothParams, body: approveBoothBody, response: { 200: boothSchema } },
      handler: async (request) => booths.approveBooth(ctx, requireActor(request), request.params.fairId, request.params.boothId, request.body, auditSourceOf(request)),
    });

    app.post('/api/fairs/:fairId/booths/:boothId/reject', {
      config: { access: permission('fair.manage') },
      schema: { tags: ['fairs'], params: boothParams, body: rejectBoothBody, response: { 200: boothSchema } },
      handler: async (request) => booths.rejectBooth(ctx, requireActor(request), request.params.fairId, request.params.boothId, request.body, auditSourceOf(request)),
    });

    app.post('/api/fairs/:fairId/booths/:boothId/withdraw', {
      config: { access: permission('fair.booth') },
      schema: { tags: ['fairs'], params: boothParams, response: { 200: boothSchema } },
      handler: async (request) => booths.withdrawBooth(ctx, requireActor(request), request.params.fairId, request.params.boothId, auditSourceOf(request)),
    });

    app.get('/api/fairs/:id/booth-list.pdf', {
      config: { access: permission('fair.read') },
      schema: { tags: ['fairs'], summary: 'Printable booth list (A4 PDF); the fair’s managers only', params: fairIdParams },
      handler: async (request, reply) => {
        const file = await booths.getBoothListPdf(ctx, requireActor(request), request.params.id, originOf(request));
        return reply.type('application/pdf').header('content-disposition', contentDisposition('booth-list.pdf', file.title, 'inline')).send(file.bytes);
      },
    });

    app.get('/api/fairs/:id/venue-sheet.pdf', {
      config: { access: permission('fair.read') },
      schema: { tags: ['fairs'], summary: 'Venue sheet: one page per booth with its number and QR code; the fair’s managers only', params: fairIdParams },
      handler: async (request, reply) => {
        const file = await booths.getVenueSheetPdf(ctx, requireActor(request), request.params.id, originOf(request));
        return reply.type('application/pdf').header('content-disposition', contentDisposition('venue-sheet.pdf', file.title, 'inline')).send(file.bytes);
      },
    });

    // Tickets --------------------------------------------------------------------------------------
    app.post('/api/fairs/:id/registrations', {
      config: { access: permission('fair.register') },
      schema: { tags: ['fairs'], summary: 'A seeker registers in one step; again returns the same ticket (200)', params: idParams, body: selfRegistrationBody, response: { 200: ticketSchema, 201: ticketSchema } },
      handler: async (request, reply) => {
        const { ticket, created } = await registrations.registerSelf(ctx, requireActor(request), request.params.id, originOf(request), auditSourceOf(request));
        return reply.status(created ? 201 : 200).send(ticket);
      },
    });

    app.get('/api/fairs/:id/registrations', {
      config: { access: permission('fair.checkin') },
      schema: { tags: ['fairs'], summary: 'The fair’s tickets, for its managers', params: idParams, querystring: listRegistrationsQuery, response: { 200: registrationPage } },
      handler: async (request) => {
        const { page, pageSize, ...filters } = request.query;
        return registrations.findRegistrations(ctx, requireActor(request), request.params.id, filters, { page, pageSize });
      },
    });

    app.post('/api/fairs/:id/registrations/:regId/cancel', {
      config: { access: permission('fair.register') },
      schema: { tags: ['fairs'], summary: 'A seeker cancels their own ticket (not once checked in)', params: registrationParams, response: { 200: ticketSchema } },
      handler: async (request) =>
        registrations.cancelRegistration(ctx, requireActor(request), request.params.id, request.params.regId, originOf(request), auditSourceOf(request)),
    });

    app.get('/api/me/fair-tickets', {
      config: { access: permission('fair.register') },
      schema: { tags: ['fairs'], summary: 'My fair tickets', response: { 200: ticketList } },
      handler: async (request) => registrations.findMyTickets(ctx, requireActor(request), originOf(request)),
    });

    // At the door ----------------------------------------------------------------------------------
    app.post('/api/fairs/:id/walk-ins', {
      config: { access: permission('fair.checkin') },
      schema: { tags: ['fairs'], summary: 'Register someone at the door: the ticket is checked in at once', params: idParams, body: walkInBody, response: { 200: ticketSchema, 201: ticketSchema } },
      handler: async (request, reply) => {
        const { ticket, created } = await registrations.registerWalkIn(ctx, requireActor(request), request.params.id, request.body, originOf(request), auditSourceOf(request));
        return reply.status(created ? 201 : 200).send(ticket);
      },
    });

    app.post('/api/fairs/:id/checkins', {
      config: { access: permission('fair.checkin') },
      schema: {
        tags: ['fairs'],
        summary: 'A batch of scans from one device; idempotent per scanId, each ticket checked in once',
        params: idParams,
        body: checkinBody,
        response: { 200: checkinResponse },
      },
      handler: async (request) => checkins.recordScans(ctx, requireActor(request), request.params.id, request.body, auditSourceOf(request)),
    });

    app.get('/api/fairs/:id/checkins/summary', {
      config: { access: permission('fair.checkin') },
      schema: { tags: ['fairs'], params: idParams, response: { 200: checkinSummarySchema } },
      handler: async (request) => checkins.getCheckinSummary(ctx, requireActor(request), request.params.id),
    });
  };
}
