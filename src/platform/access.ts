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
  /** Scoring weights: operators set them for their zone; government reads them. */
  'matching.read': ['operator', 'government'],
  'matching.configure': ['operator'],
  /** Ranked candidates for a position: operators for their zone, an enterprise for its own positions. */
  'matching.rank': ['operator', 'org_admin', 'org_staff'],
  /** 推荐: a person recommends candidates; the enterprise answers through the application. */
  'recommendation.create': ['operator'],
  'recommendation.read': ['operator', 'government', 'org_admin', 'org_staff'],
  'recommendation.stats': ['operator', 'government'],
  'allocation.manage': ['operator'],
  /** An enterprise orders its own candidates for a position (used by batch allocation). */
  'application.rank': ['org_admin', 'org_staff'],
  'notification.outbox': ['operator'],
  // 创新指数 and 创新指数贷 (issue 6, innovation). Services narrow by organisation type: enterprises
  // read their own index and loans and enter their R&D inputs; a partner bank's staff read and
  // review only the applications addressed to their bank; operators and government read the zone.
  'innovation.read': ['operator', 'government', 'org_admin', 'org_staff'],
  'innovation.rd_input': ['org_admin', 'org_staff'],
  'innovation.configure': ['operator'],
  'loan.read': ['operator', 'government', 'org_admin', 'org_staff'],
  'loan.apply': ['org_admin', 'org_staff'],
  'loan.review': ['org_admin', 'org_staff'],
  // 公共实训基地, programmes and skill competitions (issue 6, training). Schools and enterprises see
  // the zone's bases and a calendar where others' bookings are only "occupied", and book and read
  // only their own bookings (the service checks the organisation); operators manage everything in
  // their zone and book on a school's or enterprise's behalf; government reads.
  'training.read': ['operator', 'government', 'org_admin', 'org_staff'],
  'training.book': ['operator', 'org_admin', 'org_staff'],
  'training.manage': ['operator'],
  'training.report': ['operator', 'government'],
  // 科技成果转化 (issue 6, techtransfer). Operators manage the zone's records and imports; an
  // organisation's staff read and write only the records it owns or is a party to (the service
  // checks which, and another organisation's record is "not found"); government reads the zone.
  // Challenge proposals are shown only to the challenge's enterprise, the proposer and the operator.
  'techtransfer.read': ['operator', 'government', 'org_admin', 'org_staff'],
  'techtransfer.write': ['operator', 'org_admin', 'org_staff'],
  'techtransfer.import': ['operator'],
  'techtransfer.targets': ['operator'],
  'techtransfer.stats': ['operator', 'government'],
  'proposal.read': ['operator', 'org_admin', 'org_staff'],
  'proposal.write': ['org_admin', 'org_staff'],
  // 联合体治理 (issue 6, governance): council terms, meetings and resolutions, agreements, dual
  // appointments, visits, demonstration projects and the three lists. Operators manage their zone;
  // government reads it; an organisation's staff read the records that involve it (its terms,
  // agreements it is party to, meetings it attended, …), narrowed in every query.
  'governance.read': ['operator', 'government', 'org_admin', 'org_staff'],
  'governance.manage': ['operator'],
  'governance.figures': ['operator', 'government'],
  // 招聘会 (issue 5, fairs). Operators run their zone's fairs; a school's staff create and run the
  // campus fairs their school hosts (the service checks host / co-organiser); enterprises register
  // booths, bring positions and record intents at their own booths, and read only their own
  // intents and collected résumés; seekers pre-register for tickets and answer surveys.
  'fair.read': ['operator', 'government', 'org_admin', 'org_staff'],
  'fair.manage': ['operator', 'org_admin', 'org_staff'],
  'fair.booth': ['operator', 'org_admin', 'org_staff'],
  'fair.checkin': ['operator', 'org_admin', 'org_staff'],
  'fair.register': ['seeker'],
  'fair.intent': ['org_admin', 'org_staff', 'seeker'],
  'fair.stats': ['operator', 'government', 'org_admin', 'org_staff'],
  'fair.follow_up': ['operator'],
  'fair.survey': ['seeker', 'org_admin', 'org_staff'],
  // 网络直播带岗 (issue 5, live). Operators and a host organisation's staff run a session's console;
  // seekers apply and ask questions; anyone may watch (the event stream is public).
  'live.manage': ['operator', 'org_admin', 'org_staff'],
  'live.apply': ['seeker'],
  'live.ask': ['seeker'],
  'live.stats': ['operator', 'government', 'org_admin', 'org_staff'],
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
