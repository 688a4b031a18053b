import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { permission, requireActor } from '../../platform/access';
import { auditSourceOf } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { requestLocale } from '../../platform/errors';
import { XLSX_MIME } from '../../platform/spreadsheet';
import { idParams } from '../../platform/validation';
import { SESSION_COOKIE } from '../accounts/session.hook';
import * as consent from './consent';
import {
  consentBody,
  consentIdParams,
  consentParams,
  consentSchema,
  createSeekerBody,
  exportSeekersQuery,
  listSeekersQuery,
  myDataSchema,
  personalDataSchema,
  putProfileBody,
  seekerPage,
  seekerSchema,
  updateSeekerBody,
} from './talent.schemas';
import * as service from './talent.service';
import { buildMyDataWorkbook, exportSeekers } from './talent.spreadsheet';
import { contentDisposition } from '../../platform/http';

const consentList = z.object({ items: z.array(consentSchema) });

export function talentRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    // The seeker's own profile, consents and data -----------------------------------------------

    app.get('/api/me/profile', {
      config: { access: permission('profile.own') },
      schema: { tags: ['talent'], summary: 'My profile and résumé (404 until first saved)', response: { 200: seekerSchema } },
      handler: async (request) => service.getMyProfile(ctx, requireActor(request)),
    });

    app.put('/api/me/profile', {
      config: { access: permission('profile.own') },
      schema: {
        tags: ['talent'],
        summary: 'Create (201) or replace (200) my profile; idNumber, phone and disability: absent keeps, null removes',
        body: putProfileBody,
        response: { 200: seekerSchema, 201: seekerSchema },
      },
      handler: async (request, reply) => {
        const { profile, created } = await service.saveMyProfile(ctx, requireActor(request), request.body, auditSourceOf(request));
        return reply.status(created ? 201 : 200).send(profile);
      },
    });

    app.get('/api/me/consents', {
      config: { access: permission('profile.own') },
      schema: { tags: ['talent'], summary: 'My consents, active and withdrawn', response: { 200: consentList } },
      handler: async (request) => ({ items: await consent.findMyConsents(ctx, requireActor(request)) }),
    });

    app.post('/api/me/consents', {
      config: { access: permission('profile.own') },
      schema: {
        tags: ['talent'],
        summary: 'Give a consent (201; 200 when the same consent is already active)',
        body: consentBody,
        response: { 200: consentSchema, 201: consentSchema },
      },
      handler: async (request, reply) => {
        const result = await consent.grantMyConsent(ctx, requireActor(request), request.body, auditSourceOf(request));
        return reply.status(result.created ? 201 : 200).send(result.consent);
      },
    });

    app.delete('/api/me/consents/:id', {
      config: { access: permission('profile.own') },
      schema: { tags: ['talent'], summary: 'Withdraw a consent', params: consentIdParams, response: { 200: consentSchema } },
      handler: async (request) => consent.withdrawMyConsent(ctx, requireActor(request), request.params.id, auditSourceOf(request)),
    });

    app.get('/api/me/data', {
      config: { access: permission('profile.own') },
      schema: { tags: ['talent'], summary: 'Everything Qiao holds about me (PIPL art. 45)', response: { 200: myDataSchema } },
      handler: async (request) => service.getMyData(ctx, requireActor(request), 'json', auditSourceOf(request)),
    });

    app.get('/api/me/data.xlsx', {
      config: { access: permission('profile.own') },
      schema: { tags: ['talent'], summary: 'Everything Qiao holds about me, as a workbook' },
      handler: async (request, reply) => {
        const data = await service.getMyData(ctx, requireActor(request), 'xlsx', auditSourceOf(request));
        const file = await buildMyDataWorkbook(data, requestLocale(request));
        return reply.type(XLSX_MIME).header('content-disposition', contentDisposition('my-data.xlsx', '我的数据.xlsx')).send(file);
      },
    });

    app.delete('/api/me/data', {
      config: { access: permission('profile.own') },
      schema: {
        tags: ['talent'],
        summary: 'Erase my personal information, deactivate my account and sign me out (PIPL art. 47)',
        response: { 204: z.null().describe('No content') },
      },
      handler: async (request, reply) => {
        await service.eraseMyData(ctx, requireActor(request), auditSourceOf(request));
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.status(204).send(null);
      },
    });

    // Operators' talent pool, and enterprises' consented view ------------------------------------

    app.get('/api/seekers', {
      config: { access: permission('seeker.list') },
      schema: { tags: ['talent'], summary: 'Seekers of my zone (人力资源蓄水池)', querystring: listSeekersQuery, response: { 200: seekerPage } },
      handler: async (request) => {
        const { page, pageSize, ...filters } = request.query;
        return service.findSeekers(ctx, requireActor(request), filters, { page, pageSize });
      },
    });

    app.get('/api/seekers/export.xlsx', {
      config: { access: permission('seeker.export') },
      schema: { tags: ['talent'], summary: 'Export the filtered seekers; full=1 unmasks (permission seeker.personal_data, audited)', querystring: exportSeekersQuery },
      handler: async (request, reply) => {
        const file = await exportSeekers(ctx, requireActor(request), request.query, requestLocale(request), auditSourceOf(request));
        return reply.type(XLSX_MIME).header('content-disposition', contentDisposition('seekers.xlsx', '求职者.xlsx')).send(file);
      },
    });

    app.post('/api/seekers', {
      config: { access: permission('seeker.manage') },
      schema: { tags: ['talent'], summary: 'Record a walk-in seeker', body: createSeekerBody, response: { 201: seekerSchema } },
      handler: async (request, reply) =>
        reply.status(201).send(await service.createSeeker(ctx, requireActor(request), request.body, auditSourceOf(request))),
    });

    app.get('/api/seekers/:id', {
      config: { access: permission('seeker.read') },
      schema: { tags: ['talent'], summary: 'A seeker, masked; enterprises only with consent or an application', params: idParams, response: { 200: seekerSchema } },
      handler: async (request) => service.getSeeker(ctx, requireActor(request), request.params.id),
    });

    app.patch('/api/seekers/:id', {
      config: { access: permission('seeker.manage') },
      schema: { tags: ['talent'], params: idParams, body: updateSeekerBody, response: { 200: seekerSchema } },
      handler: async (request) => service.updateSeeker(ctx, requireActor(request), request.params.id, request.body, auditSourceOf(request)),
    });

    app.get('/api/seekers/:id/personal-data', {
      config: { access: permission('seeker.personal_data') },
      schema: { tags: ['talent'], summary: 'Full ID number and phone (audited)', params: idParams, response: { 200: personalDataSchema } },
      handler: async (request, reply) => {
        const data = await service.readPersonalData(ctx, requireActor(request), request.params.id, auditSourceOf(request));
        return reply.header('cache-control', 'no-store').send(data);
      },
    });

    app.get('/api/seekers/:id/consents', {
      config: { access: permission('seeker.manage') },
      schema: { tags: ['talent'], params: idParams, response: { 200: consentList } },
      handler: async (request) => ({ items: await consent.findSeekerConsents(ctx, requireActor(request), request.params.id) }),
    });

    app.post('/api/seekers/:id/consents', {
      config: { access: permission('seeker.manage') },
      schema: {
        tags: ['talent'],
        summary: 'Record a consent a walk-in seeker gave in person',
        params: idParams,
        body: consentBody,
        response: { 200: consentSchema, 201: consentSchema },
      },
      handler: async (request, reply) => {
        const result = await consent.grantSeekerConsent(ctx, requireActor(request), request.params.id, request.body, auditSourceOf(request));
        return reply.status(result.created ? 201 : 200).send(result.consent);
      },
    });

    app.delete('/api/seekers/:id/consents/:consentId', {
      config: { access: permission('seeker.manage') },
      schema: { tags: ['talent'], summary: "Record a seeker's withdrawal of consent", params: consentParams, response: { 200: consentSchema } },
      handler: async (request) =>
        consent.withdrawSeekerConsent(ctx, requireActor(request), request.params.id, request.params.consentId, auditSourceOf(request)),
    });
  };
}
