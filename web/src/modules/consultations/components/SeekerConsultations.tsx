import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../../i18n/useT';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { formatDate } from '../../../ui/format';
import { LabelTag } from '../../../ui/LabelTag';
import { useSeekerConsultations } from '../hooks/useConsultations';
import type { Consultation } from '../types';
import { ConsultationFormModal } from './ConsultationFormModal';

export type SeekerConsultationsProps = {
  seekerId: string;
  seekerName: string;
  /** Erased seekers keep their history (anonymised) but get no new entries. */
  canLog: boolean;
};

/** 咨询记录 on a seeker's page: the history, newest first, and 记录咨询. */
export function SeekerConsultations({ seekerId, seekerName, canLog }: SeekerConsultationsProps) {
  const t = useT();
  const { data, error, isLoading, reload } = useSeekerConsultations(seekerId);
  const [editing, setEditing] = useState<Consultation | null>(null);
  const [isLogOpen, setLogOpen] = useState(false);
  const items = data?.items ?? [];

  function handleSaved() {
    setEditing(null);
    setLogOpen(false);
    reload();
  }

  return (
    <Card
      variant="outlined"
      title={
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
          {t('consult.history.title')}
        </Typography.Title>
      }
      extra={
        canLog ? (
          <Button icon={<PlusOutlined aria-hidden="true" />} onClick={() => setLogOpen(true)}>
            {t('consult.log.title')}
          </Button>
        ) : null
      }
    >
      {error ? <ErrorAlert error={error} /> : null}
      {items.length === 0 && !isLoading ? <Empty description={t('consult.history.empty')} /> : null}
      <ol aria-label={t('consult.history.title')} style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 12 }}>
        {items.map((c) => (
          <li key={c.id} style={{ borderInlineStart: '3px solid #aecbfa', paddingInlineStart: 12 }}>
            <Flex wrap gap={8} align="center" justify="space-between">
              <Flex wrap gap={8} align="center">
                <Typography.Text strong>{formatDate(c.heldOn)}</Typography.Text>
                <LabelTag tone="info">{t(`consult.topic.${c.topic}`)}</LabelTag>
                <Typography.Text type="secondary">{t('consult.history.by', { name: c.counsellorName })}</Typography.Text>
              </Flex>
              <Button size="small" onClick={() => setEditing(c)} aria-label={t('consult.edit.for', { name: seekerName, date: formatDate(c.heldOn) })}>
                {t('common.edit')}
              </Button>
            </Flex>
            {c.notes ? <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>{c.notes}</Typography.Paragraph> : null}
            {c.followUpOn ? (
              <Typography.Text type="secondary">{t('consult.history.followUp', { date: formatDate(c.followUpOn) })}</Typography.Text>
            ) : null}
          </li>
        ))}
      </ol>
      <ConsultationFormModal
        isOpen={isLogOpen || editing !== null}
        consultation={editing}
        seeker={{ value: seekerId, label: seekerName }}
        onClose={() => {
          setEditing(null);
          setLogOpen(false);
        }}
        onSaved={handleSaved}
      />
    </Card>
  );
}
