import {
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  HomeOutlined,
  SafetyOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Menu } from 'antd';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { useT } from '../../../i18n/useT';
import { activeEntry, type ConsoleMenuEntry, type ConsoleSection } from '../utils/menu';

const ICONS: Record<ConsoleSection, ReactNode> = {
  home: <HomeOutlined aria-hidden="true" />,
  organisations: <ApartmentOutlined aria-hidden="true" />,
  organisation: <BankOutlined aria-hidden="true" />,
  staff: <TeamOutlined aria-hidden="true" />,
  audit: <AuditOutlined aria-hidden="true" />,
  security: <SafetyOutlined aria-hidden="true" />,
};

export type ConsoleNavProps = {
  entries: ConsoleMenuEntry[];
  /** Called after a link is followed (closes the phone drawer). */
  onNavigate?: () => void;
};

/** The console's main navigation, one link per section the role may use. */
export function ConsoleNav({ entries, onNavigate }: ConsoleNavProps) {
  const t = useT();
  const { pathname } = useLocation();
  const active = activeEntry(entries, pathname);
  return (
    <nav aria-label={t('nav.console.main')}>
      <Menu
        mode="inline"
        selectedKeys={active ? [active.path] : []}
        style={{ borderInlineEnd: 0 }}
        items={entries.map((entry) => ({
          key: entry.path,
          icon: ICONS[entry.section],
          label: (
            <Link
              to={entry.path}
              onClick={onNavigate}
              aria-current={active?.path === entry.path ? 'page' : undefined}
            >
              {t(entry.label)}
            </Link>
          ),
        }))}
      />
    </nav>
  );
}
