import type { OrganisationType, Restriction, Role } from '../../../api/types';
import type { MessageKey } from '../../../i18n/catalogue';

export type ConsoleSection =
  | 'home'
  | 'organisations'
  | 'organisation'
  | 'staff'
  | 'audit'
  | 'security'
  | 'positions'
  | 'zonePositions'
  | 'positionReview'
  | 'myApplications'
  | 'profile'
  | 'consents'
  | 'myData'
  | 'seekers'
  | 'consultations'
  | 'bulletins';

export type ConsoleMenuEntry = { section: ConsoleSection; path: string; label: MessageKey };

const ENTRIES: Record<ConsoleSection, ConsoleMenuEntry> = {
  home: { section: 'home', path: '/console', label: 'menu.home' },
  organisations: { section: 'organisations', path: '/console/organisations', label: 'menu.organisations' },
  organisation: { section: 'organisation', path: '/console/organisation', label: 'menu.organisation' },
  staff: { section: 'staff', path: '/console/staff', label: 'menu.staff' },
  audit: { section: 'audit', path: '/console/audit', label: 'menu.audit' },
  security: { section: 'security', path: '/console/security', label: 'menu.security' },
  positions: { section: 'positions', path: '/console/positions', label: 'menu.positions' },
  zonePositions: { section: 'zonePositions', path: '/console/positions', label: 'menu.zonePositions' },
  positionReview: { section: 'positionReview', path: '/console/position-review', label: 'menu.positionReview' },
  myApplications: { section: 'myApplications', path: '/console/applications', label: 'menu.myApplications' },
  profile: { section: 'profile', path: '/console/profile', label: 'menu.profile' },
  consents: { section: 'consents', path: '/console/consents', label: 'menu.consents' },
  myData: { section: 'myData', path: '/console/my-data', label: 'menu.myData' },
  seekers: { section: 'seekers', path: '/console/seekers', label: 'menu.seekers' },
  consultations: { section: 'consultations', path: '/console/consultations', label: 'menu.consultations' },
  bulletins: { section: 'bulletins', path: '/console/bulletins', label: 'menu.bulletins' },
};

const SECTIONS_BY_ROLE: Record<Role, ConsoleSection[]> = {
  operator: ['home', 'organisations', 'positions', 'positionReview', 'seekers', 'consultations', 'bulletins', 'audit', 'security'],
  government: ['home', 'organisations', 'zonePositions', 'consultations', 'bulletins', 'security'],
  org_admin: ['home', 'organisation', 'positions', 'staff', 'security'],
  org_staff: ['home', 'organisation', 'positions', 'security'],
  seeker: ['home', 'profile', 'myApplications', 'consents', 'myData', 'security'],
};

/** Sections an organisation's staff see only when their organisation is an enterprise. */
const ENTERPRISE_SECTIONS: ReadonlySet<ConsoleSection> = new Set(['positions']);
const ORGANISATION_ROLES: ReadonlySet<Role> = new Set(['org_admin', 'org_staff']);

/**
 * The console menu for a role; a restricted session sees only 账号安全. The staff of an
 * organisation see 岗位管理 only when it is an enterprise (`organisationType`, null while unknown).
 */
export function consoleMenu(
  role: Role,
  restriction: Restriction | null,
  organisationType: OrganisationType | null = null,
): ConsoleMenuEntry[] {
  if (restriction) return [ENTRIES.security];
  return SECTIONS_BY_ROLE[role]
    .filter((section) => !ORGANISATION_ROLES.has(role) || !ENTERPRISE_SECTIONS.has(section) || organisationType === 'enterprise')
    .map((section) => ENTRIES[section]);
}

/** The menu entry a path belongs to (longest matching prefix). */
export function activeEntry(entries: ConsoleMenuEntry[], pathname: string): ConsoleMenuEntry | undefined {
  return entries
    .filter((entry) => pathname === entry.path || pathname.startsWith(`${entry.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0];
}
