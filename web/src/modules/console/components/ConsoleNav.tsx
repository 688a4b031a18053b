import {
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  BankOutlined,
  BellOutlined,
  CalendarOutlined,
  ClusterOutlined,
  ExperimentOutlined,
  FlagOutlined,
  CommentOutlined,
  DatabaseOutlined,
  FileSearchOutlined,
  HomeOutlined,
  InboxOutlined,
  IdcardOutlined,
  LikeOutlined,
  MoneyCollectOutlined,
  NotificationOutlined,
  OrderedListOutlined,
  PartitionOutlined,
  ProfileOutlined,
  QrcodeOutlined,
  ReadOutlined,
  RiseOutlined,
  SafetyCertificateOutlined,
  SafetyOutlined,
  ShareAltOutlined,
  ShopOutlined,
  SendOutlined,
  SolutionOutlined,
  TeamOutlined,
  TrophyOutlined,
  UsergroupAddOutlined,
  VideoCameraOutlined,
} from '@ant-design/icons';
import { Menu, type MenuProps } from 'antd';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { useT } from '../../../i18n/useT';
import { activeEntry, type ConsoleMenuEntry, type ConsoleSection, GROUPED_MENU_MIN_ENTRIES } from '../utils/menu';

const ICONS: Record<ConsoleSection, ReactNode> = {
  home: <HomeOutlined aria-hidden="true" />,
  organisations: <ApartmentOutlined aria-hidden="true" />,
  organisation: <BankOutlined aria-hidden="true" />,
  staff: <TeamOutlined aria-hidden="true" />,
  audit: <AuditOutlined aria-hidden="true" />,
  security: <SafetyOutlined aria-hidden="true" />,
  positions: <SolutionOutlined aria-hidden="true" />,
  zonePositions: <ProfileOutlined aria-hidden="true" />,
  positionReview: <FileSearchOutlined aria-hidden="true" />,
  myApplications: <SendOutlined aria-hidden="true" />,
  myFairs: <QrcodeOutlined aria-hidden="true" />,
  recommendedForMe: <LikeOutlined aria-hidden="true" />,
  myMessages: <BellOutlined aria-hidden="true" />,
  profile: <IdcardOutlined aria-hidden="true" />,
  consents: <SafetyCertificateOutlined aria-hidden="true" />,
  myData: <DatabaseOutlined aria-hidden="true" />,
  seekers: <UsergroupAddOutlined aria-hidden="true" />,
  consultations: <CommentOutlined aria-hidden="true" />,
  bulletins: <NotificationOutlined aria-hidden="true" />,
  fairs: <ShopOutlined aria-hidden="true" />,
  live: <VideoCameraOutlined aria-hidden="true" />,
  recommendations: <ShareAltOutlined aria-hidden="true" />,
  allocations: <PartitionOutlined aria-hidden="true" />,
  matchingWeights: <BarChartOutlined aria-hidden="true" />,
  outbox: <InboxOutlined aria-hidden="true" />,
  innovation: <RiseOutlined aria-hidden="true" />,
  innovationLoans: <MoneyCollectOutlined aria-hidden="true" />,
  training: <CalendarOutlined aria-hidden="true" />,
  trainingProgrammes: <ReadOutlined aria-hidden="true" />,
  competitions: <TrophyOutlined aria-hidden="true" />,
  governance: <ClusterOutlined aria-hidden="true" />,
  threeLists: <OrderedListOutlined aria-hidden="true" />,
  techTransfer: <ExperimentOutlined aria-hidden="true" />,
  challenges: <FlagOutlined aria-hidden="true" />,
};

export type ConsoleNavProps = {
  entries: ConsoleMenuEntry[];
  /** Called after a link is followed (closes the phone drawer). */
  onNavigate?: () => void;
};

type MenuItems = NonNullable<MenuProps['items']>;

/** The console's main navigation, one link per section the role may use; a long menu under group headings. */
export function ConsoleNav({ entries, onNavigate }: ConsoleNavProps) {
  const t = useT();
  const { pathname } = useLocation();
  const active = activeEntry(entries, pathname);
  const link = (entry: ConsoleMenuEntry) => ({
    key: entry.path,
    icon: ICONS[entry.section],
    label: (
      <Link to={entry.path} onClick={onNavigate} aria-current={active?.path === entry.path ? 'page' : undefined}>
        {t(entry.label)}
      </Link>
    ),
  });
  const items: MenuItems = [];
  const grouped = entries.length >= GROUPED_MENU_MIN_ENTRIES;
  for (const entry of entries) {
    const last = items.at(-1);
    if (!grouped || !entry.group) items.push(link(entry));
    else if (last && last.type === 'group' && last.key === entry.group) last.children?.push(link(entry));
    else items.push({ type: 'group', key: entry.group, label: t(`menu.group.${entry.group}`), children: [link(entry)] });
  }
  return (
    <nav aria-label={t('nav.console.main')}>
      <Menu mode="inline" selectedKeys={active ? [active.path] : []} style={{ borderInlineEnd: 0 }} items={items} />
    </nav>
  );
}
