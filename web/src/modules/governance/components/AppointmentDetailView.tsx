import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Flex, List, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../../i18n/useT';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { formatDate } from '../../../ui/format';
import { LabelTag } from '../../../ui/LabelTag';
import { LoadingBlock } from '../../../ui/LoadingBlock';
import { useGovernanceMutations } from '../hooks/useGovernanceMutations';
import { useAppointment } from '../hooks/useGovernanceQueries';
import type { Appointment } from '../types';
import { AppointmentFormModal } from './AppointmentFormModal';
import { GovernanceStatusTag } from './GovernanceStatusTag';
import { OutcomeFormModal } from './OutcomeFormModal';

export type AppointmentDetailViewProps = { appointmentId: string; canManage: boolean };

/** A dual appointment and what came of it, outcomes added and removed by operators. */
export function AppointmentDetailView({ appointmentId, canManage }: AppointmentDetailViewProps) {
  const t = useT();
  const { message } = App.useApp();
  const { data: appointment, error, isLoading, reload } = useAppointment(appointmentId);
  const { removeOutcome } = useGovernanceMutations();
  const [isEditing, setEditing] = useState(false);
  const [isAdding, setAdding] = useState(false);
  const [removeError, setRemoveError] = useState<unknown>(null);

  function handleSaved(saved: Appointment) {
    void message.success(t('gov.appointments.saved', { name: saved.personName }));
    setEditing(false);
    setAdding(false);
    reload();
  }

  async function handleRemove(outcomeId: string) {
    setRemoveError(null);
    try {
      await removeOutcome(appointmentId, outcomeId);
      reload();
    } catch (caught) {
      setRemoveError(caught);
    }
  }

  if (error) return <ErrorAlert error={error} />;
  if (isLoading || !appointment) return <LoadingBlock minHeight={240} />;
  return (
    <Flex vertical gap={16}>
      <Card
        variant="outlined"
        title={<Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>{`${appointment.personName} · ${appointment.post}`}</Typography.Title>}
        extra={
          canManage ? (
            <Button icon={<EditOutlined aria-hidden="true" />} onClick={() => setEditing(true)}>
              {t('gov.appointments.edit')}
            </Button>
          ) : null
        }
      >
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('gov.field.direction')}>{t(`gov.direction.${appointment.direction}`)}</Descriptions.Item>
          <Descriptions.Item label={t('gov.field.status')}>
            <GovernanceStatusTag kind="term" status={appointment.status} />
          </Descriptions.Item>
          <Descriptions.Item label={t('gov.field.home')}>{[appointment.homeOrganisation.name, appointment.homePost].filter(Boolean).join(' · ')}</Descriptions.Item>
          <Descriptions.Item label={t('gov.field.host')}>{`${appointment.hostOrganisation.name} · ${appointment.post}`}</Descriptions.Item>
          <Descriptions.Item label={t('gov.field.term')}>{`${formatDate(appointment.startOn)} — ${appointment.endOn ? formatDate(appointment.endOn) : t('gov.openEnded')}`}</Descriptions.Item>
          <Descriptions.Item label={t('gov.field.note')}>{appointment.note ?? '—'}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card
        variant="outlined"
        title={<Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>{t('gov.field.outcomes')}</Typography.Title>}
        extra={
          canManage ? (
            <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setAdding(true)}>
              {t('gov.outcomes.create')}
            </Button>
          ) : null
        }
      >
        <ErrorAlert error={removeError} />
        <List
          dataSource={appointment.outcomes}
          locale={{ emptyText: t('gov.outcomes.empty') }}
          renderItem={(o) => (
            <List.Item
              actions={
                canManage
                  ? [
                      <Popconfirm key="remove" title={t('gov.outcomes.removeConfirm')} okText={t('gov.outcomes.remove')} cancelText={t('common.cancel')} onConfirm={() => handleRemove(o.id)}>
                        <Button type="text" danger icon={<DeleteOutlined aria-hidden="true" />} aria-label={t('gov.outcomes.removeOf', { title: o.title })} />
                      </Popconfirm>,
                    ]
                  : []
              }
            >
              <List.Item.Meta
                title={
                  <>
                    <LabelTag tone="teal">{t(`gov.outcomeKind.${o.kind}`)}</LabelTag>
                    {o.title}
                  </>
                }
                description={[formatDate(o.occurredOn), o.detail].filter((part) => part && part !== '—').join(' · ')}
              />
            </List.Item>
          )}
        />
      </Card>
      {canManage ? (
        <>
          <AppointmentFormModal isOpen={isEditing} appointment={appointment} onClose={() => setEditing(false)} onSaved={handleSaved} />
          <OutcomeFormModal isOpen={isAdding} appointmentId={appointment.id} onClose={() => setAdding(false)} onSaved={handleSaved} />
        </>
      ) : null}
    </Flex>
  );
}
