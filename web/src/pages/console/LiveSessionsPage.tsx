import { PlusOutlined } from '@ant-design/icons';
import { Card, Flex, Segmented } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { useAuth } from '../../modules/auth/hooks/useAuth';
import { LiveSessionTable } from '../../modules/live/components/LiveSessionTable';
import { useConsoleLiveSessions } from '../../modules/live/hooks/useLiveQueries';
import type { LivePhase } from '../../modules/live/types';
import { ButtonLink } from '../../ui/ButtonLink';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeading } from '../../ui/PageHeading';

type PhaseFilter = LivePhase | 'all';
const PHASES: PhaseFilter[] = ['all', 'live', 'upcoming', 'past'];
/** Roles that schedule and host sessions (live.manage); government reads them. */
const MANAGER_ROLES = new Set(['operator', 'org_admin', 'org_staff']);

/** `/console/live`: 网络直播带岗 — the zone's sessions, to schedule, host and look back at. */
export function LiveSessionsPage() {
  const t = useT();
  const { me } = useAuth();
  const [phase, setPhase] = useState<PhaseFilter>('all');
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const { data, error, isLoading } = useConsoleLiveSessions({ phase: phase === 'all' ? undefined : phase, ...paging });
  const canManage = me ? MANAGER_ROLES.has(me.role) : false;
  return (
    <>
      <PageHeading
        title={t('menu.live')}
        description={t('live.sessions.lead')}
        extra={
          canManage ? (
            <ButtonLink to="/console/live/new" type="primary" icon={<PlusOutlined aria-hidden="true" />}>
              {t('live.sessions.create')}
            </ButtonLink>
          ) : null
        }
      />
      <Card variant="outlined">
        <Flex vertical gap={12}>
          <Segmented<PhaseFilter>
            aria-label={t('live.sessions.phaseFilter')}
            value={phase}
            onChange={(value) => {
              setPhase(value);
              setPaging((p) => ({ ...p, page: 1 }));
            }}
            options={PHASES.map((value) => ({ value, label: t(`live.filter.${value}`) }))}
            style={{ alignSelf: 'flex-start' }}
          />
          {error ? <ErrorAlert error={error} /> : null}
          <LiveSessionTable page={data} isLoading={isLoading} onPageChange={(page, pageSize) => setPaging({ page, pageSize })} />
        </Flex>
      </Card>
    </>
  );
}
