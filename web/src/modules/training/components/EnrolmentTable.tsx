import { Button, Flex, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useT } from '../../../i18n/useT';
import { LabelTag, type LabelTagTone } from '../../../ui/LabelTag';
import { useTableCaption } from '../../../ui/useTableCaption';
import { certificatePdfUrl } from '../hooks/useTrainingMutations';
import type { Enrolment, EnrolmentStatus } from '../types';

const TONES: Record<EnrolmentStatus, LabelTagTone> = { enrolled: 'info', completed: 'success', withdrawn: 'neutral' };

export type EnrolmentTableProps = {
  enrolments: Enrolment[];
  isLoading: boolean;
  requiredPercent: number;
  /** Operators complete and withdraw trainees; absent for readers. */
  actions?: { onComplete: (enrolment: Enrolment) => void; onWithdraw: (enrolment: Enrolment) => void };
};

/** 学员: attendance rate, status, and the certificate of those who completed. */
export function EnrolmentTable({ enrolments, isLoading, requiredPercent, actions }: EnrolmentTableProps) {
  const t = useT();
  const components = useTableCaption(t('training.enrolments.caption'));
  const columns: ColumnsType<Enrolment> = [
    { title: t('training.enrolment.name'), key: 'name', width: 120, render: (_v, e) => e.name },
    { title: t('training.enrolment.affiliation'), key: 'affiliation', render: (_v, e) => e.affiliation ?? (e.seekerId ? t('training.enrolment.fromPool') : '—') },
    {
      title: t('training.enrolment.attendance'),
      key: 'attendance',
      width: 140,
      render: (_v, e) => (
        <LabelTag tone={e.attendancePercent >= requiredPercent ? 'success' : 'gold'}>
          {t('training.enrolment.attendanceValue', { sessions: e.attendedSessions, percent: e.attendancePercent })}
        </LabelTag>
      ),
    },
    { title: t('training.enrolment.status'), key: 'status', width: 100, render: (_v, e) => <LabelTag tone={TONES[e.status]}>{t(`training.enrolmentStatus.${e.status}`)}</LabelTag> },
    {
      title: t('training.enrolment.certificate'),
      key: 'certificate',
      width: 200,
      render: (_v, e) =>
        e.certificateNo ? (
          <a href={certificatePdfUrl(e.id)} target="_blank" rel="noreferrer" aria-label={t('training.enrolment.certificateFor', { name: e.name, number: e.certificateNo })}>
            {e.certificateNo}
          </a>
        ) : (
          '—'
        ),
    },
    ...(actions
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 160,
            render: (_v: unknown, e: Enrolment) =>
              e.status === 'enrolled' ? (
                <Flex gap={8}>
                  <Button size="small" onClick={() => actions.onComplete(e)} aria-label={t('training.enrolment.completeFor', { name: e.name })}>
                    {t('training.enrolment.complete')}
                  </Button>
                  <Button size="small" onClick={() => actions.onWithdraw(e)} aria-label={t('training.enrolment.withdrawFor', { name: e.name })}>
                    {t('training.enrolment.withdraw')}
                  </Button>
                </Flex>
              ) : null,
          },
        ]
      : []),
  ];
  return (
    <Table<Enrolment>
      rowKey="id"
      components={components}
      columns={columns}
      dataSource={enrolments}
      loading={isLoading}
      scroll={{ x: 900 }}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      locale={{ emptyText: t('training.enrolments.empty') }}
    />
  );
}
