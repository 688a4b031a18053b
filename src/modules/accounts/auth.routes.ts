import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PUBLIC, requireActor, SIGNED_IN_RESTRICTED } from '../../platform/access';
import { auditSourceOf } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import {
  changePasswordBody,
  loginBody,
  registerBody,
  sessionResponse,
  totpDisableBody,
  totpEnableBody,
  totpSetupResponse,
} from './accounts.schemas';
import * as auth from './auth.service';
import { SESSION_COOKIE } from './session.hook';

const noContent = { 204: z.null().describe('No content') };

function clientOf(request: FastifyRequest): auth.ClientInfo {
  return { ip: request.ip, userAgent: request.headers['user-agent'] };
}

function setSessionCookie(ctx: AppContext, reply: FastifyReply, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: ctx.config.env === 'production',
    maxAge: auth.SESSION_ABSOLUTE_MS / 1000,
  });
}

export function authRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post('/api/auth/login', {
      config: { access: PUBLIC },
      schema: { tags: ['auth'], summary: 'Sign in with user name, e-mail or mobile number', body: loginBody, response: { 200: sessionResponse } },
      handler: async (request, reply) => {
        const { sessionToken, ...result } = await auth.login(ctx, request.body, clientOf(request));
        setSessionCookie(ctx, reply, sessionToken);
        return result;
      },
    });

    app.post('/api/auth/register', {
      config: { access: PUBLIC },
      schema: { tags: ['auth'], summary: 'Job seeker self-registration', body: registerBody, response: { 201: sessionResponse } },
      handler: async (request, reply) => {
        const { sessionToken, ...result } = await auth.registerSeeker(ctx, request.body, clientOf(request));
        setSessionCookie(ctx, reply, sessionToken);
        return reply.status(201).send(result);
      },
    });

    app.get('/api/auth/me', {
      config: { access: SIGNED_IN_RESTRICTED },
      schema: { tags: ['auth'], response: { 200: sessionResponse } },
      handler: async (request) => auth.getMe(ctx, requireActor(request)),
    });

    app.post('/api/auth/logout', {
      config: { access: SIGNED_IN_RESTRICTED },
      schema: { tags: ['auth'], response: noContent },
      handler: async (request, reply) => {
        await auth.logout(ctx, requireActor(request), auditSourceOf(request));
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.status(204).send(null);
      },
    });

    app.post('/api/auth/password', {
      config: { access: SIGNED_IN_RESTRICTED },
      schema: { tags: ['auth'], body: changePasswordBody, response: noContent },
      handler: async (request, reply) => {
        await auth.changePassword(ctx, requireActor(request), request.body, auditSourceOf(request));
        return reply.status(204).send(null);
      },
    });

    app.post('/api/auth/totp/setup', {
      config: { access: SIGNED_IN_RESTRICTED },
      schema: { tags: ['auth'], summary: 'Start TOTP enrolment: a new secret and its QR code', response: { 200: totpSetupResponse } },
      handler: async (request) => auth.setUpTotp(ctx, requireActor(request)),
    });

    app.post('/api/auth/totp/enable', {
      config: { access: SIGNED_IN_RESTRICTED },
      schema: { tags: ['auth'], body: totpEnableBody, response: noContent },
      handler: async (request, reply) => {
        await auth.enableTotp(ctx, requireActor(request), request.body.code, auditSourceOf(request));
        return reply.status(204).send(null);
      },
    });

    app.post('/api/auth/totp/disable', {
      config: { access: SIGNED_IN_RESTRICTED },
      schema: { tags: ['auth'], body: totpDisableBody, response: noContent },
      handler: async (request, reply) => {
        await auth.disableTotp(ctx, requireActor(request), request.body, auditSourceOf(request));
        return reply.status(204).send(null);
      },
    });
  };
}
