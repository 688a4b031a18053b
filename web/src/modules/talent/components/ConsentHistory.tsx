import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useLanguage } from '../../../i18n/useLanguage';
import { useT } from '../../../i18n/useT';
import { formatDateTime } from '../../../ui/format';
import { useTableCaption } from '../../../ui/useTableCaption';
import type { Consent } from '../types';

export type ConsentHistoryProps = { consents: Consent[]; headingLevel?: 2 | 3 };

/** Every consent ever given, withdrawn ones included, with the privacy-policy version of each. */
export function ConsentHistory({ consents, headingLevel = 2 }: ConsentHistoryProps) {
  const t = useT();
  const language = useLanguage();
  const components = useTableCaption(t('talent.consent.history'));
  const columns: ColumnsType<Consent> = [
    {
      title: t('talent.consent.field.purpose'),
      key: 'purpose',
      render: (_v, c) => (
        <>
          {t(`talent.consent.purpose.${c.purpose}`)}
          {c.organisationName ? `：${c.organisationName}` : ''}
        </>
      ),
    },
    { title: t('talent.consent.field.policyVersion'), dataIndex: 'policyVersion', key: 'policyVersion', width: 110 },
    { title: t('talent.consent.field.grantedAt'), key: 'grantedAt', width: 170, render: (_v, c) => formatDateTime(c.grantedAt, language) },
    {
      title: t('talent.consent.field.withdrawnAt'),
      key: 'withdrawnAt',
      width: 170,
      render: (_v, c) => (c.withdrawnAt ? formatDateTime(c.withdrawnAt, language) : t('talent.consent.state.active')),
    },
    {
      title: t('talent.consent.field.recordedBy'),
      key: 'recordedBy',
      width: 120,
      render: (_v, c) => (c.isRecordedByOperator ? t('talent.consent.recordedBy.operator') : t('talent.consent.recordedBy.self')),
    },
  ];
  return (
    <section aria-labelledby="consent-history-title">
      <Typography.Title id="consent-history-title" level={headingLevel} style={{ fontSize: 17 }}>
        {t('talent.consent.history')}
      </Typography.Title>
      <Table<Consent>
        size="small"
        rowKey="id"
        components={components}
        columns={columns}
        dataSource={[...consents].sort((a, b) => b.grantedAt.localeCompare(a.grantedAt))}
        pagination={consents.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        scroll={{ x: 720 }}
        locale={{ emptyText: t('talent.consent.history.empty') }}
      />
    </section>
  );
}
