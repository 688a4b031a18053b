import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { permission, PUBLIC, requireActor } from '../../platform/access';
import { auditSourceOf } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { contentDisposition } from '../../platform/http';
import { idParams } from '../../platform/validation';
import {
  attendanceBody,
  certificateCheckSchema,
  certificateParams,
  createProgrammeBody,
  createSessionBody,
  enrolBody,
  enrolmentList,
  enrolmentSchema,
  listProgrammesQuery,
  programmePage,
  programmeSchema,
  sessionList,
  sessionSchema,
  updateProgrammeBody,
  versionBody,
} from './programmes.schemas';
import * as service from './programmes.service';

export function programmeRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/training/programmes', {
      config: { access: permission('training.report') },
      schema: { tags: ['training'], summary: 'Training programmes of my zone, e.g. 乡村人才培训', querystring: listProgrammesQuery, response: { 200: programmePage } },
      handler: async (request) => {
        const { page, pageSize, ...filters } = request.query;
        return service.findProgrammes(ctx, requireActor(request), filters, { page, pageSize });
      },
    });

    app.post('/api/training/programmes', {
      config: { access: permission('training.manage') },
      schema: { tags: ['training'], body: createProgrammeBody, response: { 201: programmeSchema } },
      handler: async (request, reply) =>
        reply.status(201).send(await service.createProgramme(ctx, requireActor(request), request.body, auditSourceOf(request))),
    });

    app.get('/api/training/programmes/:id', {
      config: { access: permission('training.report') },
      schema: { tags: ['training'], params: idParams, response: { 200: programmeSchema } },
      handler: async (request) => service.getProgramme(ctx, requireActor(request), request.params.id),
    });

    app.patch('/api/training/programmes/:id', {
      config: { access: permission('training.manage') },
      schema: { tags: ['training'], params: idParams, body: updateProgrammeBody, response: { 200: programmeSchema } },
      handler: async (request) => service.updateProgramme(ctx, requireActor(request), request.params.id, request.body, auditSourceOf(request)),
    });

    app.get('/api/training/programmes/:id/sessions', {
      config: { access: permission('training.report') },
      schema: { tags: ['training'], params: idParams, response: { 200: sessionList } },
      handler: async (request) => ({ items: await service.findSessions(ctx, requireActor(request), request.params.id) }),
    });

    app.post('/api/training/programmes/:id/sessions', {
      config: { access: permission('training.manage') },
      schema: { tags: ['training'], params: idParams, body: createSessionBody, response: { 201: sessionSchema } },
      handler: async (request, reply) =>
        reply.status(201).send(await service.addSession(ctx, requireActor(request), request.params.id, request.body, auditSourceOf(request))),
    });

    app.put('/api/training/sessions/:id/attendance', {
      config: { access: permission('training.manage') },
      schema: { tags: ['training'], summary: 'Take a session’s attendance: listed trainees present, the others absent', params: idParams, body: attendanceBody, response: { 200: sessionSchema } },
      handler: async (request) => service.recordAttendance(ctx, requireActor(request), request.params.id, request.body, auditSourceOf(request)),
    });

    app.get('/api/training/programmes/:id/enrolments', {
      config: { access: permission('training.report') },
      schema: { tags: ['training'], params: idParams, response: { 200: enrolmentList } },
      handler: async (request) => ({ items: await service.findEnrolments(ctx, requireActor(request), request.params.id) }),
    });

    app.post('/api/training/programmes/:id/enrolments', {
      config: { access: permission('training.manage') },
      schema: { tags: ['training'], summary: 'Enrol a job seeker or a named trainee, within the programme’s capacity', params: idParams, body: enrolBody, response: { 201: enrolmentSchema } },
      handler: async (request, reply) =>
        reply.status(201).send(await service.enrolTrainee(ctx, requireActor(request), request.params.id, request.body, auditSourceOf(request))),
    });

    app.post('/api/training/enrolments/:id/withdraw', {
      config: { access: permission('training.manage') },
      schema: { tags: ['training'], params: idParams, body: versionBody, response: { 200: enrolmentSchema } },
      handler: async (request) => service.withdrawEnrolment(ctx, requireActor(request), request.params.id, request.body.version, auditSourceOf(request)),
    });

    app.post('/api/training/enrolments/:id/complete', {
      config: { access: permission('training.manage') },
      schema: { tags: ['training'], summary: 'Complete a trainee (结业) and issue the certificate number', params: idParams, body: versionBody, response: { 200: enrolmentSchema } },
      handler: async (request) => service.completeEnrolment(ctx, requireActor(request), request.params.id, request.body.version, auditSourceOf(request)),
    });

    app.get('/api/training/enrolments/:id/certificate.pdf', {
      config: { access: permission('training.report') },
      schema: { tags: ['training'], summary: 'The printable certificate, with a QR code to its public verify page', params: idParams },
      handler: async (request, reply) => {
        const { body, certificateNo } = await service.getCertificatePdf(ctx, requireActor(request), request.params.id, `${request.protocol}://${request.host}`);
        return reply
          .type('application/pdf')
          .header('cache-control', 'private, no-cache')
          .header('content-disposition', contentDisposition(`certificate-${certificateNo}.pdf`, `结业证书-${certificateNo}.pdf`, 'inline'))
          .send(body);
      },
    });

    app.get('/api/public/training-certificates/:number', {
      config: { access: PUBLIC },
      schema: { tags: ['portal'], summary: 'Check a training certificate by its number (name masked)', params: certificateParams, response: { 200: certificateCheckSchema } },
      handler: async (request) => service.verifyCertificate(ctx, request.params.number),
    });
  };
}
