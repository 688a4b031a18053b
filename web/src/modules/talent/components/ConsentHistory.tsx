import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useLanguage } from '../../../i18n/useLanguage';
import { useT } from '../../../i18n/useT';
import { formatDateTime } from '../../../ui/format';
import { useIsPhone } from '../../../ui/useIsPhone';
import { useTableCaption } from '../../../ui/useTableCaption';
import type { Consent } from '../types';
import { type RecordField, RecordList } from './RecordList';

export type ConsentHistoryProps = { consents: Consent[]; headingLevel?: 2 | 3 };

/** Every consent ever given, withdrawn ones included, with the privacy-policy version of each. */
export function ConsentHistory({ consents, headingLevel = 2 }: ConsentHistoryProps) {
  const t = useT();
  const language = useLanguage();
  const isPhone = useIsPhone();
  const components = useTableCaption(t('talent.consent.history'));
  const fields: (RecordField<Consent> & { width?: number })[] = [
    {
      label: t('talent.consent.field.purpose'),
      render: (c) => `${t(`talent.consent.purpose.${c.purpose}`)}${c.organisationName ? `：${c.organisationName}` : ''}`,
    },
    { label: t('talent.consent.field.policyVersion'), width: 110, render: (c) => c.policyVersion },
    { label: t('talent.consent.field.grantedAt'), width: 170, render: (c) => formatDateTime(c.grantedAt, language) },
    {
      label: t('talent.consent.field.state'),
      width: 200,
      render: (c) =>
        c.withdrawnAt ? t('talent.consent.state.withdrawnAt', { at: formatDateTime(c.withdrawnAt, language) }) : t('talent.consent.state.active'),
    },
    {
      label: t('talent.consent.field.recordedBy'),
      width: 120,
      render: (c) => (c.isRecordedByOperator ? t('talent.consent.recordedBy.operator') : t('talent.consent.recordedBy.self')),
    },
  ];
  const columns: ColumnsType<Consent> = fields.map((f) => ({ title: f.label, key: f.label, width: f.width, render: (_v, c) => f.render(c) }));
  const sorted = [...consents].sort((a, b) => b.grantedAt.localeCompare(a.grantedAt));
  return (
    <section aria-labelledby="consent-history-title">
      <Typography.Title id="consent-history-title" level={headingLevel} style={{ fontSize: 17 }}>
        {t('talent.consent.history')}
      </Typography.Title>
      {isPhone ? (
        <RecordList
          label={t('talent.consent.history')}
          items={sorted}
          rowKey={(c) => c.id}
          fields={fields}
          emptyText={t('talent.consent.history.empty')}
        />
      ) : (
        <Table<Consent>
          size="small"
          rowKey="id"
          components={components}
          columns={columns}
          dataSource={sorted}
          pagination={consents.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
          scroll={{ x: 720 }}
          locale={{ emptyText: t('talent.consent.history.empty') }}
        />
      )}
    </section>
  );
}
