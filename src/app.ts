import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { accountRoutes } from './modules/accounts/accounts.routes';
import { authRoutes } from './modules/accounts/auth.routes';
import { registerSessionAndAccess } from './modules/accounts/session.hook';
import { auditRoutes } from './modules/audit/audit.routes';
import { bulletinRoutes } from './modules/bulletins/bulletins.routes';
import { consultationRoutes } from './modules/consultations/consultations.routes';
import { createMatchingIndex } from './modules/matching/matching.index';
import { matchingRoutes } from './modules/matching/matching.routes';
import { createLogProvider } from './modules/notifications/notifications.provider';
import { notificationRoutes } from './modules/notifications/notifications.routes';
import { innovationRoutes } from './modules/innovation/innovation.routes';
import { createNotificationDispatcher } from './modules/notifications/notifications.service';
import { organisationRoutes } from './modules/organisations/organisations.routes';
import { positionRoutes } from './modules/positions/positions.routes';
import { createPositionSearch } from './modules/positions/positions.search';
import { talentRoutes } from './modules/talent/talent.routes';
import { resumeImportRoutes } from './modules/talent/resume-import.routes';
import { trainingRoutes } from './modules/training/training.routes';
import { governanceRoutes } from './modules/governance/governance.routes';
import { techTransferRoutes } from './modules/techtransfer/techtransfer.routes';
import { fairRoutes } from './modules/fairs/fairs.routes';
import { fairIntentRoutes } from './modules/fairs/intents.routes';
import { createLiveHub } from './modules/live/live.hub';
import { liveRoutes } from './modules/live/live.routes';
import { loadSnapshot } from './modules/live/live.service';
import { enforceAccessDeclarations, PUBLIC } from './platform/access';
import type { AppContext } from './platform/context';
import type { Database } from './platform/db';
import { registerErrorHandling, validatorCompiler } from './platform/errors';
import { createPubSub } from './platform/pubsub';

export const WEB_DIST = fileURLToPath(new URL('../web/dist', import.meta.url));

export type BuildAppOptions = {
  ctx: AppContext;
  database: Database;
  /** Pino options, or false for tests. */
  logger?: boolean | { level: string };
};

export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { ctx, database } = options;
  const app = Fastify({
    logger: options.logger ?? { level: ctx.config.logLevel },
    trustProxy: ctx.config.trustProxy,
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  // JSON is the API's one text format; anything else is 415, not a string the schema then rejects.
  app.removeContentTypeParser('text/plain');
  enforceAccessDeclarations(app);

  await app.register(cookie);
  const limits = ctx.config.rateLimits;
  const isAuthRoute = (url: string | undefined) => url === '/api/auth/login' || url === '/api/auth/register';
  // Sign-in and registration are the brute-force targets: a separate, tighter budget per address.
  await app.register(rateLimit, {
    global: true,
    timeWindow: '1 minute',
    max: (request) => (isAuthRoute(request.routeOptions.url) ? limits.auth : limits.global),
    keyGenerator: (request) => (isAuthRoute(request.routeOptions.url) ? `auth:${request.ip}` : request.ip),
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Qiao 桥 API',
        description: 'Operating platform of the city-level industry–education consortium and its HR service park.',
        version: '0.1.0',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  registerSessionAndAccess(app, ctx);

  app.get('/api/openapi.json', { config: { access: PUBLIC }, schema: { hide: true } }, async () => app.swagger());
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    try {
      await database.ping();
      if (!(await database.isMigrated())) return reply.status(503).send({ status: 'migrations_pending' });
      return { status: 'ready', database: database.kind };
    } catch {
      return reply.status(503).send({ status: 'database_unreachable' });
    }
  });

  await app.register(authRoutes(ctx));
  await app.register(accountRoutes(ctx));
  await app.register(organisationRoutes(ctx));
  await app.register(auditRoutes(ctx));
  const positionSearch = createPositionSearch(ctx, { onError: (error) => app.log.error({ err: error }, 'position search index update failed') });
  app.addHook('onClose', async () => positionSearch.stop());
  await app.register(positionRoutes(ctx, positionSearch));
  await app.register(talentRoutes(ctx));
  await app.register(consultationRoutes(ctx));
  await app.register(bulletinRoutes(ctx));
  await app.register(resumeImportRoutes(ctx));
  const matchingIndex = createMatchingIndex(ctx, { onError: (error) => app.log.error({ err: error }, 'matching index update failed') });
  app.addHook('onClose', () => matchingIndex.stop());
  await app.register(matchingRoutes(ctx, matchingIndex));
  const dispatcher = createNotificationDispatcher(ctx, createLogProvider(app.log), {
    onError: (error) => app.log.error({ err: error }, 'notification delivery failed'),
  });
  app.addHook('onClose', () => dispatcher.stop());
  await app.register(notificationRoutes(ctx));
  await app.register(innovationRoutes(ctx));
  await app.register(trainingRoutes(ctx));
  await app.register(governanceRoutes(ctx));
  await app.register(techTransferRoutes(ctx));
  await app.register(fairRoutes(ctx));
  await app.register(fairIntentRoutes(ctx));
  const pubsub = createPubSub(ctx.config.redisUrl, { onError: (error) => app.log.error({ err: error }, 'pub/sub connection problem') });
  const liveHub = createLiveHub(ctx, pubsub, {
    onError: (error) => app.log.error({ err: error }, 'live event delivery failed'),
    loadSnapshot: (id) => loadSnapshot({ ctx, hub: liveHub }, id),
  });
  // Open event streams would keep the server from closing.
  app.addHook('preClose', async () => liveHub.disconnectAll());
  app.addHook('onClose', async () => {
    await liveHub.close();
    await pubsub.close();
  });
  await app.register(liveRoutes(ctx, liveHub));

  if (existsSync(WEB_DIST)) {
    await app.register(fastifyStatic, { root: WEB_DIST, wildcard: false, index: 'index.html' });
    // Any other GET outside the API is a client-side route of the single-page app.
    app.get('/*', { schema: { hide: true } }, (request, reply) => {
      if (request.url.startsWith('/api/')) return reply.callNotFound();
      return reply.type('text/html').sendFile('index.html');
    });
  }
  return app;
}
