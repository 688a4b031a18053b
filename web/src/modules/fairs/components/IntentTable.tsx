import { Button, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { useLanguage } from '../../../i18n/useLanguage';
import { useT } from '../../../i18n/useT';
import { formatDateTime } from '../../../ui/format';
import { LabelTag } from '../../../ui/LabelTag';
import { useTableCaption } from '../../../ui/useTableCaption';
import type { Intent } from '../types';
import { educationLabel } from '../utils/education';

export type IntentTableProps = {
  caption: string;
  intents: Intent[];
  isLoading: boolean;
  /** Whether the enterprise column shows (managers see every booth's intents). */
  showsOrganisation: boolean;
  onShowResume: (intent: Intent) => void;
  /** Extra columns at the end (the follow-up status and its action). */
  extraColumns?: ColumnsType<Intent>;
  pagination?: { current: number; pageSize: number; total: number; onChange: (page: number, pageSize: number) => void };
  emptyText: ReactNode;
};

/** 初步就业意向 recorded at the fair: who, for which position, how strong, and whether a résumé came with it. */
export function IntentTable({ caption, intents, isLoading, showsOrganisation, onShowResume, extraColumns = [], pagination, emptyText }: IntentTableProps) {
  const t = useT();
  const language = useLanguage();
  const components = useTableCaption(caption);
  const columns: ColumnsType<Intent> = [
    {
      title: t('fairs.intent.seeker'),
      key: 'seeker',
      width: 150,
      render: (_v, i) => (
        <>
          {i.seeker.name}
          {i.seeker.phoneMasked ? (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {i.seeker.phoneMasked}
            </Typography.Text>
          ) : null}
        </>
      ),
    },
    {
      title: t('fairs.intent.education'),
      key: 'education',
      width: 200,
      render: (_v, i) => [educationLabel(t, i.seeker.educationLevel), i.seeker.school, i.seeker.major].filter(Boolean).join(' · '),
    },
    ...(showsOrganisation
      ? [
          {
            title: t('fairs.booth.organisation'),
            key: 'organisation',
            width: 180,
            render: (_v: unknown, i: Intent) => (i.booth.boothNumber ? `${i.booth.boothNumber} ${i.organisation.name}` : i.organisation.name),
          },
        ]
      : []),
    { title: t('fairs.intent.position'), key: 'position', width: 160, render: (_v, i) => i.position.title },
    {
      title: t('fairs.intent.level'),
      key: 'level',
      width: 90,
      render: (_v, i) => <LabelTag tone={i.level === 'strong' ? 'success' : 'info'}>{t(`fairs.level.${i.level}`)}</LabelTag>,
    },
    {
      title: t('fairs.intent.resume'),
      key: 'resume',
      width: 120,
      render: (_v, i) =>
        i.resume ? (
          <Button size="small" onClick={() => onShowResume(i)} aria-label={t('fairs.intent.showResumeOf', { name: i.seeker.name })}>
            {t('fairs.intent.showResume')}
          </Button>
        ) : i.resumeCollected ? (
          t('fairs.intent.resumeCollected')
        ) : (
          <Typography.Text type="secondary">{i.resumeConsentMissing ? t('fairs.intent.noConsent') : t('fairs.intent.noResume')}</Typography.Text>
        ),
    },
    { title: t('fairs.intent.note'), key: 'note', width: 180, render: (_v, i) => i.note ?? '—' },
    { title: t('fairs.intent.createdAt'), key: 'createdAt', width: 170, render: (_v, i) => formatDateTime(i.createdAt, language) },
    ...extraColumns,
  ];
  // A focusable scroll region of its own: rows without a résumé button give a keyboard nothing to scroll with.
  return (
    <div role="region" aria-label={caption} tabIndex={0} style={{ overflowX: 'auto' }}>
      <div style={{ minWidth: 1250 }}>
        <Table<Intent>
          rowKey="id"
          components={components}
          columns={columns}
          dataSource={intents}
          loading={isLoading}
          pagination={
            pagination
              ? { ...pagination, showSizeChanger: true, showTotal: (total) => t('common.totalItems', { total }) }
              : intents.length > 50
                ? { pageSize: 50, showSizeChanger: false }
                : false
          }
          locale={{ emptyText }}
        />
      </div>
    </div>
  );
}
