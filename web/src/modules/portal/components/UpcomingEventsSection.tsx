import { Flex, Typography } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { Link } from 'react-router';
import { useApiQuery } from '../../../api/useApiQuery';
import { useT } from '../../../i18n/useT';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadingBlock } from '../../../ui/LoadingBlock';
import { FairCard } from '../../fair-day/components/FairCard';
import type { PublicFair } from '../../fairs/types';
import { LiveSessionCard } from '../../live/components/LiveSessionCard';
import { usePublicLiveSessions } from '../../live/hooks/useLiveQueries';
import '../../jobs/jobs.css';

// The cards title their events with h3, so the section's heading stays h2.
export type UpcomingEventsSectionProps = Record<string, never>;

const MAX_ITEMS = 3;

// One column on a phone, two or three as the container widens.
const GRID: CSSProperties = {
  listStyle: 'none',
  padding: 0,
  margin: 0,
  display: 'grid',
  gap: 12,
  gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 300px), 1fr))',
};

type GroupProps = { id: string; label: string; allTo: string; allLabel: string; emptyText: string; items: { key: string; card: ReactNode }[] };

function EventGroup({ id, label, allTo, allLabel, emptyText, items }: GroupProps) {
  return (
    <div>
      <Flex justify="space-between" align="baseline" gap={12} wrap style={{ marginBottom: 8 }}>
        <Typography.Text id={id} strong style={{ fontSize: 16 }}>
          {label}
        </Typography.Text>
        <Link to={allTo}>{allLabel}</Link>
      </Flex>
      {items.length === 0 ? (
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {emptyText}
        </Typography.Paragraph>
      ) : (
        <ul aria-labelledby={id} style={GRID}>
          {items.map((item) => (
            <li key={item.key} style={{ display: 'grid' }}>
              {item.card}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** 近期招聘活动: the next job fairs and live-recruitment sessions (live now first), each opening its page. */
export function UpcomingEventsSection(_props: UpcomingEventsSectionProps) {
  const t = useT();
  // `upcoming` on the public fairs list also covers fairs running today, soonest first.
  const fairs = useApiQuery<{ items: PublicFair[] }>('/api/public/fairs', { phase: 'upcoming' });
  const liveNow = usePublicLiveSessions('live');
  const liveSoon = usePublicLiveSessions('upcoming');

  const isLoading = fairs.isLoading || liveNow.isLoading || liveSoon.isLoading;
  const fairItems = (fairs.data?.items ?? []).slice(0, MAX_ITEMS);
  const sessionItems = [...(liveNow.data?.items ?? []), ...(liveSoon.data?.items ?? [])].slice(0, MAX_ITEMS);
  const hasErrors = Boolean(fairs.error ?? liveNow.error ?? liveSoon.error);
  const isEmpty = !isLoading && !hasErrors && fairItems.length === 0 && sessionItems.length === 0;

  return (
    <section aria-labelledby="events-title" aria-busy={isLoading}>
      <Typography.Title id="events-title" level={2} style={{ fontSize: 22 }}>
        {t('home.events.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('home.events.lead')}</Typography.Paragraph>
      <ErrorAlert error={fairs.error ?? liveNow.error ?? liveSoon.error} />
      {isLoading ? <LoadingBlock minHeight={120} /> : null}
      {isEmpty ? (
        <Typography.Paragraph>
          {t('home.events.none')} <Link to="/fairs">{t('home.events.allFairs')}</Link>
          {' · '}
          <Link to="/live">{t('home.events.allLive')}</Link>
        </Typography.Paragraph>
      ) : null}
      {!isLoading && !isEmpty ? (
        <Flex vertical gap={20}>
          {fairs.error ? null : (
            <EventGroup
              id="events-fairs"
              label={t('home.events.fairs')}
              allTo="/fairs"
              allLabel={t('home.events.allFairs')}
              emptyText={t('home.events.noFairs')}
              items={fairItems.map((fair) => ({ key: fair.id, card: <FairCard fair={fair} /> }))}
            />
          )}
          {liveNow.error ?? liveSoon.error ? null : (
            <EventGroup
              id="events-live"
              label={t('home.events.live')}
              allTo="/live"
              allLabel={t('home.events.allLive')}
              emptyText={t('home.events.noLive')}
              items={sessionItems.map((session) => ({ key: session.id, card: <LiveSessionCard session={session} /> }))}
            />
          )}
        </Flex>
      ) : null}
    </section>
  );
}
