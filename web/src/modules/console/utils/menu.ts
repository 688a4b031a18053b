import type { Restriction, Role } from '../../../api/types';
import type { MessageKey } from '../../../i18n/catalogue';

export type ConsoleSection = 'home' | 'organisations' | 'organisation' | 'staff' | 'audit' | 'security';

export type ConsoleMenuEntry = { section: ConsoleSection; path: string; label: MessageKey };

const ENTRIES: Record<ConsoleSection, ConsoleMenuEntry> = {
  home: { section: 'home', path: '/console', label: 'menu.home' },
  organisations: { section: 'organisations', path: '/console/organisations', label: 'menu.organisations' },
  organisation: { section: 'organisation', path: '/console/organisation', label: 'menu.organisation' },
  staff: { section: 'staff', path: '/console/staff', label: 'menu.staff' },
  audit: { section: 'audit', path: '/console/audit', label: 'menu.audit' },
  security: { section: 'security', path: '/console/security', label: 'menu.security' },
};

const SECTIONS_BY_ROLE: Record<Role, ConsoleSection[]> = {
  operator: ['home', 'organisations', 'audit', 'security'],
  government: ['home', 'organisations', 'security'],
  org_admin: ['home', 'organisation', 'staff', 'security'],
  org_staff: ['home', 'organisation', 'security'],
  seeker: ['home', 'security'],
};

/** The console menu for a role; a restricted session sees only 账号安全. */
export function consoleMenu(role: Role, restriction: Restriction | null): ConsoleMenuEntry[] {
  if (restriction) return [ENTRIES.security];
  return SECTIONS_BY_ROLE[role].map((section) => ENTRIES[section]);
}

/** The menu entry a path belongs to (longest matching prefix). */
export function activeEntry(entries: ConsoleMenuEntry[], pathname: string): ConsoleMenuEntry | undefined {
  return entries
    .filter((entry) => pathname === entry.path || pathname.startsWith(`${entry.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0];
}
