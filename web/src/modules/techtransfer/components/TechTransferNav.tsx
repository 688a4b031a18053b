import { Tabs } from 'antd';
import { useT } from '../../../i18n/useT';

export const TECHTRANSFER_TABS = ['overview', 'patents', 'transfers', 'contracts', 'achievements', 'ra', 'import'] as const;
export type TechTransferTab = (typeof TECHTRANSFER_TABS)[number];

export type TechTransferNavProps = { active: TechTransferTab; tabs: readonly TechTransferTab[]; onChange: (tab: TechTransferTab) => void };

/** The sections of 科技成果转化 as tabs; the tab is kept in the address bar. */
export function TechTransferNav({ active, tabs, onChange }: TechTransferNavProps) {
  const t = useT();
  return (
    <Tabs
      activeKey={active}
      onChange={(key) => onChange(key as TechTransferTab)}
      items={tabs.map((tab) => ({ key: tab, label: t(`tt.tab.${tab}`) }))}
      style={{ marginBottom: 8 }}
    />
  );
}
