import { Card, Descriptions, Flex, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useLanguage } from '../../../i18n/useLanguage';
import { useT } from '../../../i18n/useT';
import { formatDate, formatDateTime } from '../../../ui/format';
import { useIsPhone } from '../../../ui/useIsPhone';
import { useTableCaption } from '../../../ui/useTableCaption';
import type { MyData } from '../types';
import { isApplicationStatus, isConsultationTopic, orDash } from '../utils/format';
import { ConsentHistory } from './ConsentHistory';
import { ProfileDetails } from './ProfileDetails';
import { type RecordField, RecordList } from './RecordList';

export type MyDataViewProps = { data: MyData };

type Application = MyData['applications'][number];
type Consultation = MyData['consultations'][number];

/** 我的数据 as a readable page: account, profile, consents, applications and consultations. */
export function MyDataView({ data }: MyDataViewProps) {
  const t = useT();
  const language = useLanguage();
  const applicationsCaption = useTableCaption(t('talent.myData.applications'));
  const consultationsCaption = useTableCaption(t('talent.myData.consultations'));
  const sectionTitle = (text: string) => (
    <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
      {text}
    </Typography.Title>
  );

  const isPhone = useIsPhone();
  const applicationFields: (RecordField<Application> & { width?: number })[] = [
    { label: t('talent.myData.application.position'), render: (a) => a.positionTitle },
    { label: t('talent.myData.application.enterprise'), render: (a) => a.organisationName },
    {
      label: t('talent.myData.application.status'),
      width: 110,
      render: (a) => (isApplicationStatus(a.status) ? t(`talent.applicationStatus.${a.status}`) : a.status),
    },
    { label: t('talent.myData.application.at'), width: 170, render: (a) => formatDateTime(a.createdAt, language) },
  ];
  const consultationFields: (RecordField<Consultation> & { width?: number })[] = [
    { label: t('consult.field.heldOn'), width: 120, render: (c) => formatDate(c.heldOn) },
    {
      label: t('consult.field.topic'),
      width: 120,
      render: (c) => (isConsultationTopic(c.topic) ? t(`consult.topic.${c.topic}`) : c.topic),
    },
    { label: t('consult.field.notes'), render: (c) => <span style={{ whiteSpace: 'pre-wrap' }}>{orDash(c.notes)}</span> },
    { label: t('consult.field.followUpOn'), width: 120, render: (c) => formatDate(c.followUpOn) },
  ];
  const applicationColumns: ColumnsType<Application> = applicationFields.map((f) => ({
    title: f.label,
    key: f.label,
    width: f.width,
    render: (_v, a) => f.render(a),
  }));
  const consultationColumns: ColumnsType<Consultation> = consultationFields.map((f) => ({
    title: f.label,
    key: f.label,
    width: f.width,
    render: (_v, c) => f.render(c),
  }));

  return (
    <Flex vertical gap={16}>
      <Typography.Text type="secondary">{t('talent.myData.exportedAt', { at: formatDateTime(data.exportedAt, language) })}</Typography.Text>
      <Card variant="outlined" title={sectionTitle(t('talent.myData.account'))}>
        <Descriptions
          bordered
          size="small"
          column={{ xs: 1, sm: 1, md: 2 }}
          items={[
            { key: 'username', label: t('account.field.username'), children: data.account.username },
            { key: 'displayName', label: t('account.field.displayName'), children: data.account.displayName },
            { key: 'phone', label: t('account.field.phone'), children: orDash(data.account.phone) },
            { key: 'email', label: t('account.field.email'), children: orDash(data.account.email) },
            {
              key: 'policy',
              label: t('talent.myData.policyVersion'),
              children: data.account.privacyPolicyVersion
                ? t('talent.myData.policyAccepted', {
                    version: data.account.privacyPolicyVersion,
                    at: formatDateTime(data.account.privacyAcceptedAt, language),
                  })
                : '—',
            },
            { key: 'createdAt', label: t('talent.myData.registeredAt'), children: formatDateTime(data.account.createdAt, language) },
          ]}
        />
      </Card>
      <Card variant="outlined" title={sectionTitle(t('talent.myData.profile'))}>
        {data.profile ? (
          <ProfileDetails profile={data.profile} idNumber={orDash(data.profile.idNumber)} phone={orDash(data.profile.phone)} headingLevel={3} />
        ) : (
          <Typography.Text type="secondary">{t('talent.myData.noProfile')}</Typography.Text>
        )}
      </Card>
      <Card variant="outlined">
        <ConsentHistory consents={data.consents} />
      </Card>
      <Card variant="outlined" title={sectionTitle(t('talent.myData.applications'))}>
        {isPhone ? (
          <RecordList
            label={t('talent.myData.applications')}
            items={data.applications}
            rowKey={(a) => a.id}
            fields={applicationFields}
            emptyText={t('talent.myData.none')}
          />
        ) : (
          <Table<Application>
            size="small"
            rowKey="id"
            components={applicationsCaption}
            columns={applicationColumns}
            dataSource={data.applications}
            pagination={data.applications.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
            scroll={{ x: 600 }}
            locale={{ emptyText: t('talent.myData.none') }}
          />
        )}
      </Card>
      <Card variant="outlined" title={sectionTitle(t('talent.myData.consultations'))}>
        {isPhone ? (
          <RecordList
            label={t('talent.myData.consultations')}
            items={data.consultations}
            rowKey={(c) => c.id}
            fields={consultationFields}
            emptyText={t('talent.myData.none')}
          />
        ) : (
          <Table<Consultation>
            size="small"
            rowKey="id"
            components={consultationsCaption}
            columns={consultationColumns}
            dataSource={data.consultations}
            pagination={data.consultations.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
            scroll={{ x: 600 }}
            locale={{ emptyText: t('talent.myData.none') }}
          />
        )}
      </Card>
    </Flex>
  );
}
