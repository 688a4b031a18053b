import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Flex, List, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../../i18n/useT';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { formatDate } from '../../../ui/format';
import { LoadingBlock } from '../../../ui/LoadingBlock';
import { useMeeting } from '../hooks/useGovernanceQueries';
import type { Meeting, Resolution } from '../types';
import { MeetingFormModal } from './MeetingFormModal';
import { ResolutionFormModal } from './ResolutionFormModal';
import { ResolutionTable } from './ResolutionTable';

export type MeetingDetailViewProps = { meetingId: string; canManage: boolean };

const preWrap = { whiteSpace: 'pre-wrap' as const };

/** A meeting: when and where, agenda, attendees, minutes and its resolutions, editable by operators. */
export function MeetingDetailView({ meetingId, canManage }: MeetingDetailViewProps) {
  const t = useT();
  const { message } = App.useApp();
  const { data: meeting, error, isLoading, reload } = useMeeting(meetingId);
  const [isEditing, setEditing] = useState(false);
  const [resolution, setResolution] = useState<Resolution | 'new' | null>(null);

  function handleMeetingSaved(saved: Meeting) {
    void message.success(t('gov.meetings.saved', { title: saved.title }));
    setEditing(false);
    reload();
  }

  function handleResolutionSaved() {
    void message.success(t('gov.resolutions.saved'));
    setResolution(null);
    reload();
  }

  if (error) return <ErrorAlert error={error} />;
  if (isLoading || !meeting) return <LoadingBlock minHeight={240} />;
  return (
    <Flex vertical gap={16}>
      <Card
        variant="outlined"
        title={<Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>{meeting.title}</Typography.Title>}
        extra={
          canManage ? (
            <Button icon={<EditOutlined aria-hidden="true" />} onClick={() => setEditing(true)}>
              {t('gov.meetings.edit')}
            </Button>
          ) : null
        }
      >
        <Descriptions column={{ xs: 1, md: 3 }} size="small">
          <Descriptions.Item label={t('gov.field.meetingType')}>{t(`gov.meetingType.${meeting.type}`)}</Descriptions.Item>
          <Descriptions.Item label={t('gov.field.heldOn')}>{formatDate(meeting.heldOn)}</Descriptions.Item>
          <Descriptions.Item label={t('gov.field.venue')}>{meeting.venue ?? '—'}</Descriptions.Item>
        </Descriptions>
        <Typography.Title level={3} style={{ fontSize: 16 }}>{t('gov.field.agenda')}</Typography.Title>
        <Typography.Paragraph style={preWrap}>{meeting.agenda ?? '—'}</Typography.Paragraph>
        <Typography.Title level={3} style={{ fontSize: 16 }}>{t('gov.field.minutes')}</Typography.Title>
        <Typography.Paragraph style={preWrap}>{meeting.minutes ?? t('gov.meetings.noMinutes')}</Typography.Paragraph>
      </Card>
      <Card variant="outlined" title={<Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>{t('gov.meetings.attendeesTitle', { n: meeting.attendeeCount })}</Typography.Title>}>
        <List
          size="small"
          dataSource={meeting.attendees}
          locale={{ emptyText: t('gov.meetings.noAttendees') }}
          renderItem={(a) => <List.Item>{[a.organisationName, a.personName, a.post].filter(Boolean).join(' · ')}</List.Item>}
        />
      </Card>
      <Card
        variant="outlined"
        title={<Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>{t('gov.section.resolutions')}</Typography.Title>}
        extra={
          canManage ? (
            <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setResolution('new')}>
              {t('gov.resolutions.create')}
            </Button>
          ) : null
        }
      >
        <ResolutionTable resolutions={meeting.resolutions} onEdit={canManage ? setResolution : undefined} />
      </Card>
      {canManage ? (
        <>
          <MeetingFormModal isOpen={isEditing} meeting={meeting} onClose={() => setEditing(false)} onSaved={handleMeetingSaved} />
          <ResolutionFormModal
            isOpen={resolution !== null}
            meetingId={meeting.id}
            resolution={resolution === 'new' ? null : resolution}
            onClose={() => setResolution(null)}
            onSaved={handleResolutionSaved}
          />
        </>
      ) : null}
    </Flex>
  );
}
