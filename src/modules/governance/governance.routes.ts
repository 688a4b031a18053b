import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Readable } from 'node:stream';
import { z } from 'zod';
import { permission, requireActor } from '../../platform/access';
import { auditSourceOf } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { requestLocale } from '../../platform/errors';
import { contentDisposition } from '../../platform/http';
import { XLSX_MIME } from '../../platform/spreadsheet';
import { idParams } from '../../platform/validation';
import * as agreements from './agreements.service';
import { agreementPage, agreementSchema, createAgreementBody, documentUploadQuery, listAgreementsQuery, renewalsQuery, updateAgreementBody } from './agreements.schemas';
import * as appointments from './appointments.service';
import { appointmentPage, appointmentSchema, createAppointmentBody, createOutcomeBody, listAppointmentsQuery, outcomeParams, updateAppointmentBody } from './appointments.schemas';
import * as council from './council.service';
import { councilSummarySchema, councilTermPage, councilTermSchema, createCouncilTermBody, listCouncilTermsQuery, updateCouncilTermBody } from './council.schemas';
import { AGREEMENT_DOCUMENT_TYPES } from './governance.codes';
import { getGovernanceFigures } from './governance.figures';
import { figuresQuery, figuresSchema } from './governance.schemas';
import * as lists from './lists.service';
import * as listExports from './lists.spreadsheet';
import {
  coreProductFilters,
  coreProductPage,
  coreProductSchema,
  createCoreProductBody,
  createTechnologyNeedBody,
  listCoreProductsQuery,
  listTalentNeedsQuery,
  listTechnologyNeedsQuery,
  talentNeedFilters,
  talentNeedPage,
  technologyNeedFilters,
  technologyNeedPage,
  technologyNeedSchema,
  updateCoreProductBody,
  updateTechnologyNeedBody,
  versionQuery,
} from './lists.schemas';
import * as meetings from './meetings.service';
import {
  createMeetingBody,
  createResolutionBody,
  listMeetingsQuery,
  listResolutionsQuery,
  meetingPage,
  meetingSchema,
  resolutionPage,
  resolutionSchema,
  updateMeetingBody,
  updateResolutionBody,
} from './meetings.schemas';
import * as projects from './projects.service';
import { createMilestoneBody, createProjectBody, listProjectsQuery, projectPage, projectSchema, updateMilestoneBody, updateProjectBody } from './projects.schemas';
import * as visits from './visits.service';
import { createVisitBody, listVisitsQuery, updateVisitBody, visitPage, visitSchema } from './visits.schemas';

const READ = { access: permission('governance.read') };
const MANAGE = { access: permission('governance.manage') };
const FIGURES = { access: permission('governance.figures') };
const noContent = { 204: z.null().describe('No content') };

/** What browsers send for the files an agreement's signed copy may be. */
const DOCUMENT_UPLOAD_TYPES = [...Object.keys(AGREEMENT_DOCUMENT_TYPES), 'application/octet-stream'];

function pageOf(query: { page: number; pageSize: number }) {
  return { page: query.page, pageSize: query.pageSize };
}

/** 联合体治理: council, meetings and resolutions, agreements, dual appointments, visits, demonstration projects, the three lists. */
export function governanceRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    // The upload stays a stream: the service reads it against the size limit and names the limit when it is exceeded.
    app.addContentTypeParser(DOCUMENT_UPLOAD_TYPES, (_request, payload, done) => {
      done(null, payload);
    });

    // ----- 理事会
    app.get('/api/governance/council/summary', {
      config: FIGURES,
      schema: { tags: ['governance'], summary: 'The council today: members by role and by type', response: { 200: councilSummarySchema } },
      handler: async (request) => council.getCouncilSummary(ctx, requireActor(request)),
    });
    app.get('/api/governance/council-terms', {
      config: READ,
      schema: { tags: ['governance'], summary: 'Council terms (理事会任期): current, past and upcoming, filtered', querystring: listCouncilTermsQuery, response: { 200: councilTermPage } },
      handler: async (request) => {
        const { page, pageSize, ...filters } = request.query;
        return council.findCouncilTerms(ctx, requireActor(request), filters, { page, pageSize });
      },
    });
    app.get('/api/governance/council-terms/:id', {
      config: READ,
      schema: { tags: ['governance'], params: idParams, response: { 200: councilTermSchema } },
      handler: async (request) => council.getCouncilTerm(ctx, requireActor(request), request.params.id),
    });
    app.post('/api/governance/council-terms', {
      config: MANAGE,
      schema: { tags: ['governance'], summary: "Record a council term; the organisation's council role follows the term in force", body: createCouncilTermBody, response: { 201: councilTermSchema } },
      handler: async (request, reply) => reply.status(201).send(await council.createCouncilTerm(ctx, requireActor(request), request.body, auditSourceOf(request))),
    });
    app.patch('/api/governance/council-terms/:id', {
      config: MANAGE,
      schema: { tags: ['governance'], params: idParams, body: updateCouncilTermBody, response: { 200: councilTermSchema } },
      handler: async (request) => council.updateCouncilTerm(ctx, requireActor(request), request.params.id, request.body, auditSourceOf(request)),
    });

    // ----- 会议与决议
    app.get('/api/governance/meetings', {
      config: READ,
      schema: { tags: ['governance'], summary: 'Meetings (年会, 供需见面会, 座谈会): the zone’s, or those an organisation attended', querystring: listMeetingsQuery, response: { 200: meetingPage } },
      handler: async (request) => {
        const { page, pageSize, ...filters } = request.query;
        return meetings.findMeetings(ctx, requireActor(request), filters, { page, pageSize });
      },
    });
    app.get('/api/governance/meetings/:id', {
      config: READ,
      schema: { tags: ['governance'], params: idParams, response: { 200: meetingSchema } },
      handler: async (request) => meetings.getMeeting(ctx, requireActor(request), request.params.id),
    });
    app.post('/api/governance/meetings', {
      config: MANAGE,
      schema: { tags: ['governance'], body: createMeetingBody, response: { 201: meetingSchema } },
      handler: async (request, reply) => reply.status(201).send(await meetings.createMeeting(ctx, requireActor(request), request.body, auditSourceOf(request))),
    });
    app.patch('/api/governance/meetings/:id', {
      config: MANAGE,
      schema: { tags: ['governance'], summary: 'Edit a meeting; `attendees`, when given, replaces the list', params: idParams, body: updateMeetingBody, response: { 200: meetingSchema } },
      handler: async (request) => meetings.updateMeeting(ctx, requireActor(request), request.params.id, request.body, auditSourceOf(request)),
    });
    app.post('/api/governance/meetings/:id/resolutions', {
      config: MANAGE,
      schema: { tags: ['governance'], summary: 'Record a resolution (决议) with its owner and due date', params: idParams, body: createResolutionBody, response: { 201: resolutionSchema } },
      handler: async (request, reply) =>
        reply.status(201).send(await meetings.addResolution(ctx, requireActor(request), request.params.id, request.body, auditSourceOf(request))),
    });
    app.get('/api/governance/resolutions', {
      config: READ,
      schema: { tags: ['governance'], summary: 'Resolutions to follow up: open, overdue (past due, not done) or done', querystring: listResolutionsQuery, response: { 200: resolutionPage } },
      handler: async (request) => {
        const { page, pageSize, ...filters } = request.query;
        return meetings.findResolutions(ctx, requireActor(request), filters, { page, pageSize });
      },
    });
    app.get('/api/governance/resolutions/:id', {
      config: READ,
      schema: { tags: ['governance'], params: idParams, response: { 200: resolutionSchema } },
      handler: async (request) => meetings.getResolution(ctx, requireActor(request), request.params.id),
    });
    app.patch('/api/governance/resolutions/:id', {
      config: MANAGE,
      schema: { tags: ['governance'], summary: 'Edit a resolution or record it done', params: idParams, body: updateResolutionBody, response: { 200: resolutionSchema } },
      handler: async (request) => meetings.updateResolution(ctx, requireActor(request), request.params.id, request.body, auditSourceOf(request)),
    });

    // ----- 战略合作协议
    app.get('/api/governance/agreements', {
      config: READ,
      schema: { tags: ['governance'], summary: 'Agreements: the zone’s, or those an organisation is party to', querystring: listAgreementsQuery, response: { 200: agreementPage } },
      handler: async (request) => {
        const { page, pageSize, ...filters } = request.query;
        return agreements.findAgreements(ctx, requireActor(request), filters, { page, pageSize });
      },
    });
    app.get('/api/governance/agreements/renewals', {
      config: READ,
      schema: { tags: ['governance'], summary: 'Due for renewal (到期提醒): agreements in force ending within `withinDays`', querystring: renewalsQuery, response: { 200: agreementPage } },
      handler: async (request) => agreements.findRenewals(ctx, requireActor(request), request.query.withinDays, pageOf(request.query)),
    });
    app.get('/api/governance/agreements/:id', {
      config: READ,
      schema: { tags: ['governance'], params: idParams, response: { 200: agreementSchema } },
      handler: async (request) => agreements.getAgreement(ctx, requireActor(request), request.params.id),
    });
    app.post('/api/governance/agreements', {
      config: MANAGE,
      schema: { tags: ['governance'], body: createAgreementBody, response: { 201: agreementSchema } },
      handler: async (request, reply) => reply.status(201).send(await agreements.createAgreement(ctx, requireActor(request), request.body, auditSourceOf(request))),
    });
    app.patch('/api/governance/agreements/:id', {
      config: MANAGE,
      schema: {
        tags: ['governance'],
        summary: 'Edit an agreement; status goes draft → active → terminated (with date and reason)',
        params: idParams,
        body: updateAgreementBody,
        response: { 200: agreementSchema },
      },
      handler: async (request) => agreements.updateAgreement(ctx, requireActor(request), request.params.id, request.body, auditSourceOf(request)),
    });
    app.put('/api/governance/agreements/:id/document', {
      config: MANAGE,
      schema: {
        tags: ['governance'],
        summary: 'Upload the signed copy (raw body: PDF, .docx, PNG or JPEG, at most 10 MB), replacing any before',
        params: idParams,
        querystring: documentUploadQuery,
        response: { 200: agreementSchema },
      },
      handler: async (request) => {
        const length = request.headers['content-length'];
        const file = request.body ? await agreements.readDocumentUpload(request.body as Readable, length === undefined ? undefined : Number(length)) : Buffer.alloc(0);
        return agreements.uploadAgreementDocument(ctx, requireActor(request), request.params.id, file, request.query.fileName, auditSourceOf(request));
      },
    });
    app.get('/api/governance/agreements/:id/document', {
      config: READ,
      schema: { tags: ['governance'], summary: 'Download the signed copy', params: idParams },
      handler: async (request, reply) => {
        const document = await agreements.getAgreementDocument(ctx, requireActor(request), request.params.id);
        const extension = document.fileName.split('.').pop() ?? 'bin';
        return reply
          .type(document.contentType)
          .header('content-disposition', contentDisposition(`agreement-${request.params.id.slice(0, 8)}.${extension}`, document.fileName))
          .header('x-content-type-options', 'nosniff')
          .header('etag', `"${document.sha256}"`)
          .header('cache-control', 'private, no-cache')
          .send(document.content);
      },
    });

    // ----- 双向挂职/兼职
    app.get('/api/governance/appointments', {
      config: READ,
      schema: { tags: ['governance'], summary: 'Dual appointments (双向挂职/兼职) with their outcomes', querystring: listAppointmentsQuery, response: { 200: appointmentPage } },
      handler: async (request) => {
        const { page, pageSize, ...filters } = request.query;
        return appointments.findAppointments(ctx, requireActor(request), filters, { page, pageSize });
      },
    });
    app.get('/api/governance/appointments/:id', {
      config: READ,
      schema: { tags: ['governance'], params: idParams, response: { 200: appointmentSchema } },
      handler: async (request) => appointments.getAppointment(ctx, requireActor(request), request.params.id),
    });
    app.post('/api/governance/appointments', {
      config: MANAGE,
      schema: { tags: ['governance'], body: createAppointmentBody, response: { 201: appointmentSchema } },
      handler: async (request, reply) => reply.status(201).send(await appointments.createAppointment(ctx, requireActor(request), request.body, auditSourceOf(request))),
    });
    app.patch('/api/governance/appointments/:id', {
      config: MANAGE,
      schema: { tags: ['governance'], params: idParams, body: updateAppointmentBody, response: { 200: appointmentSchema } },
      handler: async (request) => appointments.updateAppointment(ctx, requireActor(request), request.params.id, request.body, auditSourceOf(request)),
    });
    app.post('/api/governance/appointments/:id/outcomes', {
      config: MANAGE,
      schema: { tags: ['governance'], summary: 'Add an outcome: a course taught, a project, a problem solved', params: idParams, body: createOutcomeBody, response: { 201: appointmentSchema } },
      handler: async (request, reply) =>
        reply.status(201).send(await appointments.addOutcome(ctx, requireActor(request), request.params.id, request.body, auditSourceOf(request))),
    });
    app.delete('/api/governance/appointments/:id/outcomes/:outcomeId', {
      config: MANAGE,
      schema: { tags: ['governance'], params: outcomeParams, response: { 200: appointmentSchema } },
      handler: async (request) => appointments.removeOutcome(ctx, requireActor(request), request.params.id, request.params.outcomeId, auditSourceOf(request)),
    });

    // ----- 走访与座谈
    app.get('/api/governance/visits', {
      config: READ,
      schema: { tags: ['governance'], summary: 'Visits and symposia (走访/座谈) with the demand and pain points collected', querystring: listVisitsQuery, response: { 200: visitPage } },
      handler: async (request) => {
        const { page, pageSize, ...filters } = request.query;
        return visits.findVisits(ctx, requireActor(request), filters, { page, pageSize });
      },
    });
    app.get('/api/governance/visits/:id', {
      config: READ,
      schema: { tags: ['governance'], params: idParams, response: { 200: visitSchema } },
      handler: async (request) => visits.getVisit(ctx, requireActor(request), request.params.id),
    });
    app.post('/api/governance/visits', {
      config: MANAGE,
      schema: { tags: ['governance'], body: createVisitBody, response: { 201: visitSchema } },
      handler: async (request, reply) => reply.status(201).send(await visits.createVisit(ctx, requireActor(request), request.body, auditSourceOf(request))),
    });
    app.patch('/api/governance/visits/:id', {
      config: MANAGE,
      schema: { tags: ['governance'], summary: 'Edit a visit; lists given replace the stored ones', params: idParams, body: updateVisitBody, response: { 200: visitSchema } },
      handler: async (request) => visits.updateVisit(ctx, requireActor(request), request.params.id, request.body, auditSourceOf(request)),
    });

    // ----- 人才工作示范项目
    app.get('/api/governance/demonstration-projects', {
      config: READ,
      schema: { tags: ['governance'], summary: 'Demonstration projects (人才工作示范项目) with milestones', querystring: listProjectsQuery, response: { 200: projectPage } },
      handler: async (request) => {
        const { page, pageSize, ...filters } = request.query;
        return projects.findProjects(ctx, requireActor(request), filters, { page, pageSize });
      },
    });
    app.get('/api/governance/demonstration-projects/:id', {
      config: READ,
      schema: { tags: ['governance'], params: idParams, response: { 200: projectSchema } },
      handler: async (request) => projects.getProject(ctx, requireActor(request), request.params.id),
    });
    app.post('/api/governance/demonstration-projects', {
      config: MANAGE,
      schema: { tags: ['governance'], body: createProjectBody, response: { 201: projectSchema } },
      handler: async (request, reply) => reply.status(201).send(await projects.createProject(ctx, requireActor(request), request.body, auditSourceOf(request))),
    });
    app.patch('/api/governance/demonstration-projects/:id', {
      config: MANAGE,
      schema: { tags: ['governance'], params: idParams, body: updateProjectBody, response: { 200: projectSchema } },
      handler: async (request) => projects.updateProject(ctx, requireActor(request), request.params.id, request.body, auditSourceOf(request)),
    });
    app.post('/api/governance/demonstration-projects/:id/milestones', {
      config: MANAGE,
      schema: { tags: ['governance'], params: idParams, body: createMilestoneBody, response: { 201: projectSchema } },
      handler: async (request, reply) =>
        reply.status(201).send(await projects.addMilestone(ctx, requireActor(request), request.params.id, request.body, auditSourceOf(request))),
    });
    app.patch('/api/governance/milestones/:id', {
      config: MANAGE,
      schema: { tags: ['governance'], summary: 'Edit a milestone or record it done; answers with its project', params: idParams, body: updateMilestoneBody, response: { 200: projectSchema } },
      handler: async (request) => projects.updateMilestone(ctx, requireActor(request), request.params.id, request.body, auditSourceOf(request)),
    });

    // ----- 三张清单
    app.get('/api/governance/core-products', {
      config: READ,
      schema: { tags: ['governance'], summary: '核心产品清单: core products of the zone’s industries', querystring: listCoreProductsQuery, response: { 200: coreProductPage } },
      handler: async (request) => {
        const { page, pageSize, ...filters } = request.query;
        return lists.findCoreProducts(ctx, requireActor(request), filters, { page, pageSize });
      },
    });
    app.get('/api/governance/core-products/export.xlsx', {
      config: READ,
      schema: { tags: ['governance'], summary: 'The core-product list, filtered, as xlsx', querystring: coreProductFilters },
      handler: async (request, reply) => {
        const file = await listExports.exportCoreProducts(ctx, requireActor(request), request.query, requestLocale(request), auditSourceOf(request));
        return reply.type(XLSX_MIME).header('content-disposition', contentDisposition('core-products.xlsx', '核心产品清单.xlsx')).send(file);
      },
    });
    app.get('/api/governance/core-products/:id', {
      config: READ,
      schema: { tags: ['governance'], params: idParams, response: { 200: coreProductSchema } },
      handler: async (request) => lists.getCoreProduct(ctx, requireActor(request), request.params.id),
    });
    app.post('/api/governance/core-products', {
      config: MANAGE,
      schema: { tags: ['governance'], body: createCoreProductBody, response: { 201: coreProductSchema } },
      handler: async (request, reply) => reply.status(201).send(await lists.createCoreProduct(ctx, requireActor(request), request.body, auditSourceOf(request))),
    });
    app.patch('/api/governance/core-products/:id', {
      config: MANAGE,
      schema: { tags: ['governance'], params: idParams, body: updateCoreProductBody, response: { 200: coreProductSchema } },
      handler: async (request) => lists.updateCoreProduct(ctx, requireActor(request), request.params.id, request.body, auditSourceOf(request)),
    });
    app.delete('/api/governance/core-products/:id', {
      config: MANAGE,
      schema: { tags: ['governance'], summary: 'Remove a row as last seen (`version`)', params: idParams, querystring: versionQuery, response: noContent },
      handler: async (request, reply) => {
        await lists.deleteCoreProduct(ctx, requireActor(request), request.params.id, request.query.version, auditSourceOf(request));
        return reply.status(204).send(null);
      },
    });

    app.get('/api/governance/technology-needs', {
      config: READ,
      schema: { tags: ['governance'], summary: '技术需求清单: enterprises’ technology needs', querystring: listTechnologyNeedsQuery, response: { 200: technologyNeedPage } },
      handler: async (request) => {
        const { page, pageSize, ...filters } = request.query;
        return lists.findTechnologyNeeds(ctx, requireActor(request), filters, { page, pageSize });
      },
    });
    app.get('/api/governance/technology-needs/export.xlsx', {
      config: READ,
      schema: { tags: ['governance'], summary: 'The technology-need list, filtered, as xlsx', querystring: technologyNeedFilters },
      handler: async (request, reply) => {
        const file = await listExports.exportTechnologyNeeds(ctx, requireActor(request), request.query, requestLocale(request), auditSourceOf(request));
        return reply.type(XLSX_MIME).header('content-disposition', contentDisposition('technology-needs.xlsx', '技术需求清单.xlsx')).send(file);
      },
    });
    app.get('/api/governance/technology-needs/:id', {
      config: READ,
      schema: { tags: ['governance'], params: idParams, response: { 200: technologyNeedSchema } },
      handler: async (request) => lists.getTechnologyNeed(ctx, requireActor(request), request.params.id),
    });
    app.post('/api/governance/technology-needs', {
      config: MANAGE,
      schema: { tags: ['governance'], body: createTechnologyNeedBody, response: { 201: technologyNeedSchema } },
      handler: async (request, reply) => reply.status(201).send(await lists.createTechnologyNeed(ctx, requireActor(request), request.body, auditSourceOf(request))),
    });
    app.patch('/api/governance/technology-needs/:id', {
      config: MANAGE,
      schema: { tags: ['governance'], params: idParams, body: updateTechnologyNeedBody, response: { 200: technologyNeedSchema } },
      handler: async (request) => lists.updateTechnologyNeed(ctx, requireActor(request), request.params.id, request.body, auditSourceOf(request)),
    });
    app.delete('/api/governance/technology-needs/:id', {
      config: MANAGE,
      schema: { tags: ['governance'], summary: 'Remove a row as last seen (`version`)', params: idParams, querystring: versionQuery, response: noContent },
      handler: async (request, reply) => {
        await lists.deleteTechnologyNeed(ctx, requireActor(request), request.params.id, request.query.version, auditSourceOf(request));
        return reply.status(204).send(null);
      },
    });

    app.get('/api/governance/talent-needs', {
      config: READ,
      schema: {
        tags: ['governance'],
        summary: '人才需求清单: hiring demand per enterprise and post, from positions open now or published in `year`',
        querystring: listTalentNeedsQuery,
        response: { 200: talentNeedPage },
      },
      handler: async (request) => {
        const { page, pageSize, ...filters } = request.query;
        return lists.findTalentNeeds(ctx, requireActor(request), filters, { page, pageSize });
      },
    });
    app.get('/api/governance/talent-needs/export.xlsx', {
      config: READ,
      schema: { tags: ['governance'], summary: 'The talent-need list, filtered, as xlsx', querystring: talentNeedFilters },
      handler: async (request, reply) => {
        const file = await listExports.exportTalentNeeds(ctx, requireActor(request), request.query, requestLocale(request), auditSourceOf(request));
        return reply.type(XLSX_MIME).header('content-disposition', contentDisposition('talent-needs.xlsx', '人才需求清单.xlsx')).send(file);
      },
    });

    app.get('/api/governance/figures', {
      config: FIGURES,
      schema: { tags: ['governance'], summary: 'A year’s governance figures, each counted from single records', querystring: figuresQuery, response: { 200: figuresSchema } },
      handler: async (request) => getGovernanceFigures(ctx, requireActor(request), request.query.year),
    });
  };
}
