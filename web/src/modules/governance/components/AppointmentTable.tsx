import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { useT } from '../../../i18n/useT';
import { formatDate } from '../../../ui/format';
import { useTableCaption } from '../../../ui/useTableCaption';
import type { Appointment, AppointmentPage } from '../types';
import { serverPagination } from '../utils/table';
import { GovernanceStatusTag } from './GovernanceStatusTag';

export type AppointmentTableProps = {
  page: AppointmentPage | undefined;
  isLoading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
};

/** Dual appointments: who, from where to where, which post, for which term, and how much came of it. */
export function AppointmentTable({ page, isLoading, onPageChange }: AppointmentTableProps) {
  const t = useT();
  const components = useTableCaption(t('gov.appointments.caption'));
  const columns: ColumnsType<Appointment> = [
    { title: t('gov.field.personName'), key: 'person', width: 110, render: (_v, a) => <Link to={`/console/governance/appointments/${a.id}`}>{a.personName}</Link> },
    { title: t('gov.field.direction'), key: 'direction', width: 130, render: (_v, a) => t(`gov.direction.${a.direction}`) },
    { title: t('gov.field.home'), key: 'home', render: (_v, a) => [a.homeOrganisation.name, a.homePost].filter(Boolean).join(' · ') },
    { title: t('gov.field.host'), key: 'host', render: (_v, a) => `${a.hostOrganisation.name} · ${a.post}` },
    { title: t('gov.field.term'), key: 'term', width: 210, render: (_v, a) => `${formatDate(a.startOn)} — ${a.endOn ? formatDate(a.endOn) : t('gov.openEnded')}` },
    { title: t('gov.field.status'), key: 'status', width: 90, render: (_v, a) => <GovernanceStatusTag kind="term" status={a.status} /> },
    { title: t('gov.field.outcomes'), key: 'outcomes', width: 80, align: 'right', render: (_v, a) => a.outcomes.length },
  ];
  return (
    <Table<Appointment>
      rowKey="id"
      components={components}
      columns={columns}
      dataSource={page?.items ?? []}
      loading={isLoading}
      scroll={{ x: 1000 }}
      pagination={serverPagination(page, onPageChange, t)}
      locale={{ emptyText: t('gov.appointments.empty') }}
    />
  );
}
