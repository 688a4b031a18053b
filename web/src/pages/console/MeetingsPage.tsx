import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../i18n/useT';
import { GovernanceFilterBar } from '../../modules/governance/components/GovernanceFilterBar';
import { MeetingFormModal } from '../../modules/governance/components/MeetingFormModal';
import { MeetingTable } from '../../modules/governance/components/MeetingTable';
import { ResolutionTable } from '../../modules/governance/components/ResolutionTable';
import { useGovernanceAccess } from '../../modules/governance/hooks/useGovernanceAccess';
import { useMeetings, useResolutions } from '../../modules/governance/hooks/useGovernanceQueries';
import { useListFilters } from '../../modules/governance/hooks/useListFilters';
import { type Meeting, MEETING_TYPES, PROGRESS_STATUSES } from '../../modules/governance/types';
import { parseMeetingFilters } from '../../modules/governance/utils/listFilters';
import { serverPagination } from '../../modules/governance/utils/table';
import { ErrorAlert } from '../../ui/ErrorAlert';

/** `/console/governance/meetings`: meetings, and the resolutions to follow up across them. */
export function MeetingsPage() {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { canManage } = useGovernanceAccess();
  const { filters, updateFilters, resetFilters } = useListFilters(parseMeetingFilters);
  const isResolutions = filters.view === 'resolutions';
  const { view: _view, status, ...meetingFilters } = filters;
  const meetings = useMeetings(isResolutions ? null : meetingFilters);
  const resolutions = useResolutions(isResolutions ? { status, page: filters.page, pageSize: filters.pageSize } : null);
  const [isCreating, setCreating] = useState(false);

  function handleCreated(meeting: Meeting) {
    void message.success(t('gov.meetings.saved', { title: meeting.title }));
    setCreating(false);
    void navigate(`/console/governance/meetings/${meeting.id}`);
  }

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>
          {t('gov.section.meetings')}
        </Typography.Title>
        {canManage ? (
          <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setCreating(true)}>
            {t('gov.meetings.create')}
          </Button>
        ) : null}
      </Flex>
      <Segmented<'meetings' | 'resolutions'>
        aria-label={t('gov.meetings.view')}
        value={isResolutions ? 'resolutions' : 'meetings'}
        options={[
          { value: 'meetings', label: t('gov.section.meetings') },
          { value: 'resolutions', label: t('gov.section.resolutions') },
        ]}
        onChange={(view) => updateFilters({ view: view === 'resolutions' ? 'resolutions' : '', status: '' })}
      />
      <Card variant="outlined">
        {isResolutions ? (
          <>
            <GovernanceFilterBar
              id="resolution-filter"
              label={t('gov.filters')}
              values={filters}
              onChange={updateFilters}
              onReset={resetFilters}
              fields={[{ kind: 'select', name: 'status', label: t('gov.field.status'), options: PROGRESS_STATUSES.map((value) => ({ value, label: t(`gov.progress.${value}`) })) }]}
            />
            {resolutions.error ? <ErrorAlert error={resolutions.error} /> : null}
            <ResolutionTable
              resolutions={resolutions.data?.items ?? []}
              isLoading={resolutions.isLoading}
              isShowingMeeting
              pagination={serverPagination(resolutions.data, (page, pageSize) => updateFilters({ page, pageSize }), t)}
            />
          </>
        ) : (
          <>
            <GovernanceFilterBar
              id="meeting-filter"
              label={t('gov.filters')}
              values={filters}
              onChange={updateFilters}
              onReset={resetFilters}
              fields={[
                { kind: 'select', name: 'type', label: t('gov.field.meetingType'), options: MEETING_TYPES.map((value) => ({ value, label: t(`gov.meetingType.${value}`) })) },
                { kind: 'range', from: 'from', to: 'to', label: t('gov.field.heldOn') },
                { kind: 'text', name: 'q', label: t('gov.field.title') },
              ]}
            />
            {meetings.error ? <ErrorAlert error={meetings.error} /> : null}
            <MeetingTable page={meetings.data} isLoading={meetings.isLoading} onPageChange={(page, pageSize) => updateFilters({ page, pageSize })} />
          </>
        )}
      </Card>
      {canManage ? <MeetingFormModal isOpen={isCreating} meeting={null} onClose={() => setCreating(false)} onSaved={handleCreated} /> : null}
    </Flex>
  );
}
