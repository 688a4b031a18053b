import type { FastifyInstance, FastifyRequest } from 'fastify';
import { checkAccess } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { safeEqual } from '../../platform/crypto';
import { AppError, sendError } from '../../platform/errors';
import { resolveSession } from './auth.service';

export const SESSION_COOKIE = 'qiao_session';
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** A cross-site form post carries the browser's Origin; refuse it when it is not our own host. */
function isForeignOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (!origin || origin === 'null') return false;
  try {
    return new URL(origin).host !== request.headers.host;
  } catch {
    return true;
  }
}

/**
 * The one place every request passes through before its handler: resolve the session, check
 * the route's declared access, check CSRF on cookie-authenticated writes, and log refusals.
 */
export function registerSessionAndAccess(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('actor', null);

  app.addHook('onRequest', async (request, reply) => {
    const access = request.routeOptions.config.access;
    if (!access) return; // non-API routes (static files, docs) carry no session semantics
    const token = request.cookies[SESSION_COOKIE];
    let expired = false;
    if (token) {
      const resolved = await resolveSession(ctx, token);
      if (resolved && 'actor' in resolved) request.actor = resolved.actor;
      else {
        expired = resolved !== null;
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
      }
    }
    try {
      if (!SAFE_METHODS.has(request.method)) {
        if (isForeignOrigin(request)) throw new AppError('csrf_failed');
        if (request.actor) {
          const sent = request.headers[CSRF_HEADER];
          if (typeof sent !== 'string' || !safeEqual(sent, request.actor.csrfToken)) throw new AppError('csrf_failed');
        }
      }
      if (expired && access.kind !== 'public') throw new AppError('session_expired');
      checkAccess(access, request.actor);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const refusal = { reason: error.code, url: request.url.slice(0, 300) };
      // A signed-in user refused, or a forged write, is a security event for the audit log. An
      // anonymous request to a private route (every visitor's "who am I?") goes to the app log.
      if (request.actor || error.code === 'csrf_failed') {
        await recordAudit(ctx.db, { actor: request.actor, ip: request.ip }, {
          action: 'access.denied',
          entityType: 'route',
          entityId: `${request.method} ${request.routeOptions.url ?? request.url}`,
          organisationId: request.actor?.organisationId ?? null,
          after: refusal,
        });
      } else {
        request.log.info({ refusal }, 'access refused');
      }
      return sendError(request, reply, error);
    }
  });
}
