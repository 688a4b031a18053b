import { Menu } from 'antd';
import { Link, useLocation } from 'react-router';
import { useT } from '../../../i18n/useT';

export const GOVERNANCE_SECTIONS = ['council', 'meetings', 'agreements', 'appointments', 'visits', 'projects'] as const;
export type GovernanceSection = (typeof GOVERNANCE_SECTIONS)[number];

/** The parts of 联合体治理, each a page under /console/governance/…; detail pages keep their part highlighted. */
export function GovernanceNav() {
  const t = useT();
  const { pathname } = useLocation();
  const active = GOVERNANCE_SECTIONS.find((section) => pathname.startsWith(`/console/governance/${section}`)) ?? 'council';
  return (
    <nav aria-label={t('gov.nav')} style={{ marginBottom: 16 }}>
      <Menu
        mode="horizontal"
        selectedKeys={[active]}
        items={GOVERNANCE_SECTIONS.map((section) => ({
          key: section,
          label: <Link to={`/console/governance/${section}`}>{t(`gov.section.${section}`)}</Link>,
        }))}
      />
    </nav>
  );
}
