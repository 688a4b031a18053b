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
  | 'myFairs'
  | 'recommendedForMe'
  | 'myMessages'
  | 'profile'
  | 'consents'
  | 'myData'
  | 'seekers'
  | 'consultations'
  | 'bulletins'
  | 'fairs'
  | 'live'
  | 'recommendations'
  | 'allocations'
  | 'matchingWeights'
  | 'outbox'
  | 'innovation'
  | 'innovationLoans'
  | 'training'
  | 'trainingProgrammes'
  | 'competitions'
  | 'governance'
  | 'threeLists'
  | 'techTransfer'
  | 'challenges';

/** Headings of a long menu; a section without one (工作台, a seeker's own pages) stands alone. */
export type ConsoleMenuGroup = 'employment' | 'consortium' | 'innovation' | 'administration';

export type ConsoleMenuEntry = { section: ConsoleSection; path: string; label: MessageKey; group?: ConsoleMenuGroup };

const GROUP_OF: Partial<Record<ConsoleSection, ConsoleMenuGroup>> = {
  positions: 'employment',
  zonePositions: 'employment',
  positionReview: 'employment',
  seekers: 'employment',
  recommendations: 'employment',
  allocations: 'employment',
  consultations: 'employment',
  bulletins: 'employment',
  fairs: 'employment',
  live: 'employment',
  organisations: 'consortium',
  governance: 'consortium',
  threeLists: 'consortium',
  training: 'consortium',
  trainingProgrammes: 'consortium',
  competitions: 'consortium',
  techTransfer: 'innovation',
  challenges: 'innovation',
  innovation: 'innovation',
  innovationLoans: 'innovation',
  organisation: 'administration',
  staff: 'administration',
  matchingWeights: 'administration',
  outbox: 'administration',
  audit: 'administration',
  security: 'administration',
};

/** A menu this long is shown under its group headings; a shorter one is a plain list. */
export const GROUPED_MENU_MIN_ENTRIES = 10;

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
  myFairs: { section: 'myFairs', path: '/console/me/fairs', label: 'menu.myFairs' },
  recommendedForMe: { section: 'recommendedForMe', path: '/console/recommended', label: 'menu.recommendedForMe' },
  myMessages: { section: 'myMessages', path: '/console/messages', label: 'menu.myMessages' },
  profile: { section: 'profile', path: '/console/profile', label: 'menu.profile' },
  consents: { section: 'consents', path: '/console/consents', label: 'menu.consents' },
  myData: { section: 'myData', path: '/console/my-data', label: 'menu.myData' },
  seekers: { section: 'seekers', path: '/console/seekers', label: 'menu.seekers' },
  consultations: { section: 'consultations', path: '/console/consultations', label: 'menu.consultations' },
  bulletins: { section: 'bulletins', path: '/console/bulletins', label: 'menu.bulletins' },
  fairs: { section: 'fairs', path: '/console/fairs', label: 'menu.fairs' },
  live: { section: 'live', path: '/console/live', label: 'menu.live' },
  recommendations: { section: 'recommendations', path: '/console/recommendations', label: 'menu.recommendations' },
  allocations: { section: 'allocations', path: '/console/allocations', label: 'menu.allocations' },
  matchingWeights: { section: 'matchingWeights', path: '/console/matching-weights', label: 'menu.matchingWeights' },
  outbox: { section: 'outbox', path: '/console/outbox', label: 'menu.outbox' },
  innovation: { section: 'innovation', path: '/console/innovation', label: 'menu.innovation' },
  innovationLoans: { section: 'innovationLoans', path: '/console/innovation-loans', label: 'menu.innovationLoans' },
  training: { section: 'training', path: '/console/training', label: 'menu.training' },
  trainingProgrammes: { section: 'trainingProgrammes', path: '/console/training-programmes', label: 'menu.trainingProgrammes' },
  competitions: { section: 'competitions', path: '/console/competitions', label: 'menu.competitions' },
  governance: { section: 'governance', path: '/console/governance', label: 'menu.governance' },
  threeLists: { section: 'threeLists', path: '/console/three-lists', label: 'menu.threeLists' },
  techTransfer: { section: 'techTransfer', path: '/console/techtransfer', label: 'menu.techTransfer' },
  challenges: { section: 'challenges', path: '/console/challenges', label: 'menu.challenges' },
};

// In group order: the menu shows each group's sections together under its heading.
const SECTIONS_BY_ROLE: Record<Role, ConsoleSection[]> = {
  operator: [
    'home',
    'positions',
    'positionReview',
    'seekers',
    'recommendations',
    'allocations',
    'consultations',
    'bulletins',
    'fairs',
    'live',
    'organisations',
    'governance',
    'threeLists',
    'training',
    'trainingProgrammes',
    'competitions',
    'techTransfer',
    'challenges',
    'innovation',
    'innovationLoans',
    'matchingWeights',
    'outbox',
    'audit',
    'security',
  ],
  government: [
    'home',
    'zonePositions',
    'recommendations',
    'consultations',
    'bulletins',
    'fairs',
    'live',
    'organisations',
    'governance',
    'threeLists',
    'training',
    'trainingProgrammes',
    'competitions',
    'techTransfer',
    'challenges',
    'innovation',
    'innovationLoans',
    'matchingWeights',
    'security',
  ],
  org_admin: ['home', 'positions', 'recommendations', 'fairs', 'live', 'governance', 'threeLists', 'training', 'techTransfer', 'challenges', 'innovation', 'innovationLoans', 'organisation', 'staff', 'security'],
  org_staff: ['home', 'positions', 'recommendations', 'fairs', 'live', 'governance', 'threeLists', 'training', 'techTransfer', 'challenges', 'innovation', 'innovationLoans', 'organisation', 'security'],
  seeker: ['home', 'recommendedForMe', 'myMessages', 'profile', 'myApplications', 'myFairs', 'consents', 'myData', 'security'],
};

/** Sections an organisation's staff see only when their organisation is an enterprise. */
const ENTERPRISE_SECTIONS: ReadonlySet<ConsoleSection> = new Set(['positions', 'recommendations']);
const ORGANISATION_ROLES: ReadonlySet<Role> = new Set(['org_admin', 'org_staff']);
/** 创新指数 is an enterprise's; 创新指数贷 also a partner bank's, whose staff review the loans. */
const SECTION_ORGANISATION_TYPES: Partial<Record<ConsoleSection, readonly OrganisationType[]>> = {
  innovation: ['enterprise'],
  innovationLoans: ['enterprise', 'bank'],
  /** 实训基地: schools and enterprises book bases. */
  training: ['school', 'enterprise'],
  /** 三张清单: schools and institutes read them all, enterprises their own rows. */
  threeLists: ['school', 'institute', 'enterprise'],
  /** 科技成果转化 and 揭榜挂帅: enterprises post challenges, schools and institutes answer them. */
  techTransfer: ['enterprise', 'school', 'institute'],
  challenges: ['enterprise', 'school', 'institute'],
  /** 招聘会: schools host them, enterprises exhibit, institutes and associations co-organise. */
  fairs: ['school', 'enterprise', 'institute', 'association'],
  /** 直播带岗: enterprises and schools host live sessions. */
  live: ['enterprise', 'school'],
};

/**
 * The console menu for a role; a restricted session sees only 账号安全. The staff of an
 * organisation see 岗位管理 and 匹配推荐 only when it is an enterprise (`organisationType`, null while unknown).
 */
export function consoleMenu(
  role: Role,
  restriction: Restriction | null,
  organisationType: OrganisationType | null = null,
): ConsoleMenuEntry[] {
  if (restriction) return [ENTRIES.security];
  return SECTIONS_BY_ROLE[role]
    .filter((section) => !ORGANISATION_ROLES.has(role) || !ENTERPRISE_SECTIONS.has(section) || organisationType === 'enterprise')
    .filter((section) => {
      const types = SECTION_ORGANISATION_TYPES[section];
      return !ORGANISATION_ROLES.has(role) || !types || (organisationType !== null && types.includes(organisationType));
    })
    .map((section) => {
      const group = GROUP_OF[section];
      return group ? { ...ENTRIES[section], group } : ENTRIES[section];
    });
}

/** The menu entry a path belongs to (longest matching prefix). */
export function activeEntry(entries: ConsoleMenuEntry[], pathname: string): ConsoleMenuEntry | undefined {
  return entries
    .filter((entry) => pathname === entry.path || pathname.startsWith(`${entry.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0];
}
