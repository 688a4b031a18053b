import { EditOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Flex, List, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../../../i18n/useT';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { formatDate } from '../../../ui/format';
import { LoadingBlock } from '../../../ui/LoadingBlock';
import { useVisit } from '../hooks/useGovernanceQueries';
import type { Visit } from '../types';
import { VisitFormModal } from './VisitFormModal';

export type VisitDetailViewProps = { visitId: string; canManage: boolean };

const preWrap = { whiteSpace: 'pre-wrap' as const };

/** A visit or symposium: who went where, what was collected, and the positions and challenges it led to. */
export function VisitDetailView({ visitId, canManage }: VisitDetailViewProps) {
  const t = useT();
  const { message } = App.useApp();
  const { data: visit, error, isLoading, reload } = useVisit(visitId);
  const [isEditing, setEditing] = useState(false);

  function handleSaved(saved: Visit) {
    void message.success(t('gov.visits.saved', { title: saved.title }));
    setEditing(false);
    reload();
  }

  if (error) return <ErrorAlert error={error} />;
  if (isLoading || !visit) return <LoadingBlock minHeight={240} />;
  return (
    <Flex vertical gap={16}>
      <Card
        variant="outlined"
        title={<Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>{visit.title}</Typography.Title>}
        extra={
          canManage ? (
            <Button icon={<EditOutlined aria-hidden="true" />} onClick={() => setEditing(true)}>
              {t('gov.visits.edit')}
            </Button>
          ) : null
        }
      >
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('gov.field.visitKind')}>{t(`gov.visitKind.${visit.kind}`)}</Descriptions.Item>
          <Descriptions.Item label={t('gov.field.heldOn')}>{formatDate(visit.heldOn)}</Descriptions.Item>
          <Descriptions.Item label={t('gov.field.visitedOrganisations')}>{visit.organisations.map((o) => o.name).join('、')}</Descriptions.Item>
          <Descriptions.Item label={t('gov.field.visitors')}>{visit.visitors.join('、')}</Descriptions.Item>
        </Descriptions>
        <Typography.Title level={3} style={{ fontSize: 16 }}>{t('gov.field.hiringDemand')}</Typography.Title>
        <Typography.Paragraph style={preWrap}>{visit.hiringDemand ?? '—'}</Typography.Paragraph>
        <Typography.Title level={3} style={{ fontSize: 16 }}>{t('gov.field.painPoints')}</Typography.Title>
        <Typography.Paragraph style={preWrap}>{visit.painPoints ?? '—'}</Typography.Paragraph>
        {visit.notes ? (
          <>
            <Typography.Title level={3} style={{ fontSize: 16 }}>{t('gov.field.notes')}</Typography.Title>
            <Typography.Paragraph style={preWrap}>{visit.notes}</Typography.Paragraph>
          </>
        ) : null}
      </Card>
      <Card variant="outlined" title={<Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>{t('gov.field.linkedPositions')}</Typography.Title>}>
        <List
          size="small"
          dataSource={visit.positions}
          locale={{ emptyText: t('gov.visits.noPositions') }}
          renderItem={(p) => (
            <List.Item>
              <Link to={`/console/positions/${p.id}`}>{p.title}</Link>
              <span>{`${p.organisationName} · ${t('gov.visits.headcount', { n: p.headcount })}`}</span>
            </List.Item>
          )}
        />
      </Card>
      <Card variant="outlined" title={<Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>{t('gov.field.linkedChallenges')}</Typography.Title>}>
        <List size="small" dataSource={visit.challenges} locale={{ emptyText: t('gov.visits.noChallenges') }} renderItem={(c) => <List.Item>{c.title}</List.Item>} />
      </Card>
      {canManage ? <VisitFormModal isOpen={isEditing} visit={visit} onClose={() => setEditing(false)} onSaved={handleSaved} /> : null}
    </Flex>
  );
}
