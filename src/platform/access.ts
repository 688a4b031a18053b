import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from './errors';
import type { Role } from './roles';

export { ROLES, type Role } from './roles';

/** Who is asking: the signed-in account, resolved from the session cookie. */
export type Actor = {
  accountId: string;
  username: string;
  displayName: string;
  role: Role;
  organisationId: string | null;
  zoneId: string | null;
  sessionId: string;
  csrfToken: string;
  /** A restricted session may only finish its security set-up. */
  restriction: 'totp_enrollment' | 'password_change' | null;
};

/** Every permission, and the roles that hold it. Resource checks (which organisation) follow in services. */
export const PERMISSIONS = {
  'organisation.read': ['operator', 'government', 'org_admin', 'org_staff'],
  'organisation.create': ['operator'],
  /** org_admin may edit their own organisation's details; the service narrows which fields. */
  'organisation.update': ['operator', 'org_admin'],
  'organisation.deactivate': ['operator'],
  'organisation.import': ['operator'],
  'organisation.export': ['operator', 'government'],
  'staff.read': ['operator', 'org_admin'],
  'staff.manage': ['operator', 'org_admin'],
  'audit.read': ['operator'],
  /** Seekers keep their own profile, consents and data (PIPL rights). */
  'profile.own': ['seeker'],
  'seeker.list': ['operator'],
  /** Enterprise staff read a seeker only with the seeker's consent or application; the service checks which. */
  'seeker.read': ['operator', 'org_admin', 'org_staff'],
  'seeker.manage': ['operator'],
  /** Full ID number and phone instead of masked values; every such read is audited. */
  'seeker.personal_data': ['operator'],
  'seeker.export': ['operator'],
  /** Résumé files collected at fairs, imported into the operator's zone (preview, then all-or-nothing commit). */
  'seeker.import': ['operator'],
  'consultation.read': ['operator'],
  'consultation.manage': ['operator'],
  'consultation.stats': ['operator', 'government'],
  /** Enterprises write their own positions; operators record demand from visits and review. */
  'position.read': ['operator', 'government', 'org_admin', 'org_staff'],
  'position.write': ['operator', 'org_admin', 'org_staff'],
  'position.review': ['operator'],
  'application.create': ['seeker'],
  'application.read': ['operator', 'government', 'org_admin', 'org_staff', 'seeker'],
  'application.update': ['operator', 'org_admin', 'org_staff', 'seeker'],
  /** 招聘信息 第N期: operators compile and publish; government reads its zone's issues, drafts included. */
  'bulletin.read': ['operator', 'government'],
  'bulletin.manage': ['operator'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/**
 * What a route requires. Every /api route must declare it in `config.access`; a route that
 * forgets is refused at start-up, so nothing is public by accident.
 */
export type Access =
  | { kind: 'public' }
  | { kind: 'signed_in'; allowRestricted?: boolean }
  | { kind: 'permission'; permission: Permission };

export const PUBLIC: Access = { kind: 'public' };
export const SIGNED_IN: Access = { kind: 'signed_in' };
export const SIGNED_IN_RESTRICTED: Access = { kind: 'signed_in', allowRestricted: true };
export function permission(p: Permission): Access {
  return { kind: 'permission', permission: p };
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
}

export type AccessDenied = (request: FastifyRequest, reason: string) => Promise<void>;

/** Throws the error that fits when the actor may not use the route; returns the actor otherwise. */
export function checkAccess(access: Access, actor: Actor | null): Actor | null {
  if (access.kind === 'public') return actor;
  if (!actor) throw new AppError('unauthenticated');
  if (actor.restriction && !(access.kind === 'signed_in' && access.allowRestricted)) {
    throw new AppError('restricted_session', { details: { restriction: actor.restriction } });
  }
  if (access.kind === 'permission' && !can(actor.role, access.permission)) throw new AppError('forbidden');
  return actor;
}

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('unauthenticated');
  return request.actor;
}

/** Refuses to start when an API route declares no access rule. */
export function enforceAccessDeclarations(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    // The OpenAPI browser's own pages and assets are public documentation.
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) return;
    if (!route.config?.access) throw new Error(`Route ${route.method} ${route.url} declares no config.access`);
  });
}
