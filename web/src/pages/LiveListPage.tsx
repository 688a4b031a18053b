import { Empty, Flex, Typography } from 'antd';
import { useT } from '../i18n/useT';
import { LiveSessionCard } from '../modules/live/components/LiveSessionCard';
import { usePublicLiveSessions } from '../modules/live/hooks/useLiveQueries';
import type { LivePhase } from '../modules/live/types';
import '../modules/jobs/jobs.css';
import '../modules/live/live.css';
import { ErrorAlert } from '../ui/ErrorAlert';
import { LoadingBlock } from '../ui/LoadingBlock';
import { useDocumentTitle } from '../ui/useDocumentTitle';

function PhaseSection({ phase, title, emptyText }: { phase: LivePhase; title: string; emptyText: string }) {
  const { data, error, isLoading } = usePublicLiveSessions(phase);
  const items = data?.items ?? [];
  // Past sessions: the latest first.
  const sorted = phase === 'past' ? [...items].sort((a, b) => b.startsAt.localeCompare(a.startsAt)) : items;
  return (
    <section aria-labelledby={`live-${phase}`}>
      <Typography.Title level={2} id={`live-${phase}`} style={{ fontSize: 20, marginBottom: 12 }}>
        {title}
      </Typography.Title>
      {error ? <ErrorAlert error={error} /> : null}
      {isLoading && !data ? <LoadingBlock minHeight={120} /> : null}
      {data && sorted.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} /> : null}
      <Flex vertical gap={12}>
        {sorted.map((session) => (
          <LiveSessionCard key={session.id} session={session} />
        ))}
      </Flex>
    </section>
  );
}

/** `/live`: 网络直播带岗 schedule — live now, coming up, and past sessions. */
export function LiveListPage() {
  const t = useT();
  useDocumentTitle(t('live.schedule.title'));
  return (
    <div className="qiao-container" style={{ maxWidth: 800, paddingBlock: 16 }}>
      <Typography.Title level={1} style={{ fontSize: 24, marginTop: 0 }}>
        {t('live.schedule.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('live.schedule.lead')}</Typography.Paragraph>
      <Flex vertical gap={24}>
        <PhaseSection phase="live" title={t('live.phase.live')} emptyText={t('live.phase.live.empty')} />
        <PhaseSection phase="upcoming" title={t('live.phase.upcoming')} emptyText={t('live.phase.upcoming.empty')} />
        <PhaseSection phase="past" title={t('live.phase.past')} emptyText={t('live.phase.past.empty')} />
      </Flex>
    </div>
  );
}
