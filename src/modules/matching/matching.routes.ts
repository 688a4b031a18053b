import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { permission, requireActor } from '../../platform/access';
import { auditSourceOf } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { idParams, pageQuery } from '../../platform/validation';
import * as allocations from './allocation.service';
import type { MatchingIndex } from './matching.index';
import {
  allocationPage,
  allocationSchema,
  approveAllocationBody,
  approvedAllocationSchema,
  autoRecommendSchema,
  candidateListSchema,
  candidatesQuery,
  createAllocationBody,
  createdRecommendationsSchema,
  createRecommendationsBody,
  discardAllocationBody,
  employerRankBody,
  likesSchema,
  listRecommendationsQuery,
  positionIdParams,
  recommendationPage,
  recommendationSchema,
  recommendationStatsQuery,
  recommendationStatsSchema,
  recommendedPositionsSchema,
  updateWeightsBody,
  weightsHistorySchema,
  weightsViewSchema,
} from './matching.schemas';
import * as matching from './matching.service';
import * as recommendations from './recommendations.service';

export function matchingRoutes(ctx: AppContext, index: MatchingIndex): FastifyPluginAsyncZod {
  return async (app) => {
    // --- weights (operator console) ---
    app.get('/api/matching/weights', {
      config: { access: permission('matching.read') },
      schema: { tags: ['matching'], summary: 'Scoring weights in force in my zone', response: { 200: weightsViewSchema } },
      handler: async (request) => matching.getWeights(ctx, requireActor(request)),
    });
    app.get('/api/matching/weights/history', {
      config: { access: permission('matching.read') },
      schema: { tags: ['matching'], summary: 'Every saved version of my zone’s weights, newest first', response: { 200: weightsHistorySchema } },
      handler: async (request) => matching.findWeightsHistory(ctx, requireActor(request)),
    });
    app.put('/api/matching/weights', {
      config: { access: permission('matching.configure') },
      schema: { tags: ['matching'], summary: 'Save a new version of the weights (audited)', body: updateWeightsBody, response: { 200: weightsViewSchema } },
      handler: async (request) => matching.updateWeights(ctx, requireActor(request), request.body, auditSourceOf(request)),
    });

    // --- ranking both ways ---
    app.get('/api/positions/:id/candidates', {
      config: { access: permission('matching.rank') },
      schema: {
        tags: ['matching'],
        summary: 'Consenting candidates ranked for a position, each with the contribution of every factor',
        params: idParams,
        querystring: candidatesQuery,
        response: { 200: candidateListSchema },
      },
      handler: async (request) => matching.rankCandidatesForPosition(ctx, index, requireActor(request), request.params.id, request.query),
    });
    app.get('/api/me/recommended-positions', {
      config: { access: permission('profile.own') },
      schema: {
        tags: ['matching'],
        summary: 'Open positions recommended for me, with the reasons',
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(50).default(20) }),
        response: { 200: recommendedPositionsSchema },
      },
      handler: async (request) => matching.recommendPositionsForMe(ctx, index, requireActor(request), request.query.limit),
    });
    app.get('/api/me/auto-recommend', {
      config: { access: permission('profile.own') },
      schema: { tags: ['matching'], summary: 'Whether automated recommendation is on for me', response: { 200: autoRecommendSchema } },
      handler: async (request) => matching.getAutoRecommend(ctx, requireActor(request)),
    });
    app.put('/api/me/auto-recommend', {
      config: { access: permission('profile.own') },
      schema: { tags: ['matching'], summary: 'Switch automated recommendation on or off (PIPL art. 24)', body: autoRecommendSchema, response: { 200: autoRecommendSchema } },
      handler: async (request) => matching.setAutoRecommend(ctx, requireActor(request), request.body.enabled, auditSourceOf(request)),
    });
    app.get('/api/me/likes', {
      config: { access: permission('profile.own') },
      schema: { tags: ['matching'], summary: 'Positions I liked (收藏), in the order liked', response: { 200: likesSchema } },
      handler: async (request) => matching.findMyLikes(ctx, requireActor(request)),
    });
    app.put('/api/me/likes/:positionId', {
      config: { access: permission('profile.own') },
      schema: { tags: ['matching'], summary: 'Like a published position', params: positionIdParams, response: { 200: likesSchema } },
      handler: async (request) => matching.likePosition(ctx, requireActor(request), request.params.positionId, true),
    });
    app.delete('/api/me/likes/:positionId', {
      config: { access: permission('profile.own') },
      schema: { tags: ['matching'], summary: 'Unlike a position', params: positionIdParams, response: { 200: likesSchema } },
      handler: async (request) => matching.likePosition(ctx, requireActor(request), request.params.positionId, false),
    });
    app.put('/api/applications/:id/employer-rank', {
      config: { access: permission('application.rank') },
      schema: {
        tags: ['matching'],
        summary: 'The enterprise’s own order for an applicant (1 = first choice), used by batch allocation',
        params: idParams,
        body: employerRankBody,
        response: { 200: employerRankBody },
      },
      handler: async (request) =>
        matching.setEmployerRank(ctx, requireActor(request), request.params.id, request.body.employerRank, auditSourceOf(request)),
    });

    // --- recommendations (推荐) ---
    app.post('/api/recommendations', {
      config: { access: permission('recommendation.create') },
      schema: {
        tags: ['matching'],
        summary: 'Recommend candidates to an open position (all or nothing)',
        body: createRecommendationsBody,
        response: { 201: createdRecommendationsSchema },
      },
      handler: async (request, reply) =>
        reply.status(201).send(await recommendations.recommendCandidates(ctx, index, requireActor(request), request.body, auditSourceOf(request))),
    });
    app.get('/api/recommendations', {
      config: { access: permission('recommendation.read') },
      schema: { tags: ['matching'], summary: 'Recommendations of my zone, or to my organisation', querystring: listRecommendationsQuery, response: { 200: recommendationPage } },
      handler: async (request) => {
        const { page, pageSize, ...filters } = request.query;
        return recommendations.findRecommendations(ctx, requireActor(request), filters, { page, pageSize });
      },
    });
    app.get('/api/recommendations/stats', {
      config: { access: permission('recommendation.stats') },
      schema: {
        tags: ['matching'],
        summary: 'People recommended, positions reached, hires and conversion per period',
        querystring: recommendationStatsQuery,
        response: { 200: recommendationStatsSchema },
      },
      handler: async (request) => recommendations.getRecommendationStats(ctx, requireActor(request), request.query),
    });
    app.get('/api/me/recommendations', {
      config: { access: permission('profile.own') },
      schema: { tags: ['matching'], summary: 'Positions I was recommended for, and why', response: { 200: z.object({ items: z.array(recommendationSchema) }) } },
      handler: async (request) => recommendations.findMyRecommendations(ctx, requireActor(request)),
    });

    // --- batch allocation ---
    app.post('/api/allocations', {
      config: { access: permission('allocation.manage') },
      schema: { tags: ['matching'], summary: 'Compute a stable allocation for chosen positions (a draft to approve)', body: createAllocationBody, response: { 201: allocationSchema } },
      handler: async (request, reply) =>
        reply.status(201).send(await allocations.createAllocation(ctx, index, requireActor(request), request.body, auditSourceOf(request))),
    });
    app.get('/api/allocations', {
      config: { access: permission('allocation.manage') },
      schema: { tags: ['matching'], summary: 'Allocations of my zone, newest first', querystring: pageQuery, response: { 200: allocationPage } },
      handler: async (request) => allocations.findAllocations(ctx, requireActor(request), request.query),
    });
    app.get('/api/allocations/:id', {
      config: { access: permission('allocation.manage') },
      schema: { tags: ['matching'], params: idParams, response: { 200: allocationSchema } },
      handler: async (request) => allocations.getAllocation(ctx, requireActor(request), request.params.id),
    });
    app.post('/api/allocations/:id/approve', {
      config: { access: permission('allocation.manage') },
      schema: {
        tags: ['matching'],
        summary: 'Approve: the assignments not excluded become recommendations',
        params: idParams,
        body: approveAllocationBody,
        response: { 200: approvedAllocationSchema },
      },
      handler: async (request) =>
        allocations.approveAllocation(ctx, index, requireActor(request), request.params.id, request.body, auditSourceOf(request)),
    });
    app.post('/api/allocations/:id/discard', {
      config: { access: permission('allocation.manage') },
      schema: { tags: ['matching'], params: idParams, body: discardAllocationBody, response: { 200: allocationSchema } },
      handler: async (request) => allocations.discardAllocation(ctx, requireActor(request), request.params.id, request.body, auditSourceOf(request)),
    });
  };
}
