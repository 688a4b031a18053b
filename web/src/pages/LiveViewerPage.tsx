import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Result, Row, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { formatEventTime } from '../ui/format';
import { useLanguage } from '../i18n/useLanguage';
import { useT } from '../i18n/useT';
import { AskQuestionForm } from '../modules/live/components/AskQuestionForm';
import { ConnectionIndicator } from '../modules/live/components/ConnectionIndicator';
import { LiveApplyButton } from '../modules/live/components/LiveApplyButton';
import { LiveCountersBar } from '../modules/live/components/LiveCountersBar';
import { LiveStatusTag } from '../modules/live/components/LiveStatusTag';
import { OnAirAnnouncer } from '../modules/live/components/OnAirAnnouncer';
import { OnAirCard } from '../modules/live/components/OnAirCard';
import { QuestionFeed } from '../modules/live/components/QuestionFeed';
import { RunSheetList } from '../modules/live/components/RunSheetList';
import { StreamPlayer } from '../modules/live/components/StreamPlayer';
import { useLiveApply } from '../modules/live/hooks/useLiveApply';
import { useLiveEvents } from '../modules/live/hooks/useLiveEvents';
import { usePublicLiveSession } from '../modules/live/hooks/useLiveQueries';
import { onAirItem } from '../modules/live/utils/liveState';
import '../modules/live/live.css';
import { ButtonLink } from '../ui/ButtonLink';
import { ErrorAlert } from '../ui/ErrorAlert';
import { LoadingBlock } from '../ui/LoadingBlock';
import { useDocumentTitle } from '../ui/useDocumentTitle';

/** `/live/:id`: a live session on a phone — the stream, the position on air with 立即投递, questions. */
export function LiveViewerPage() {
  const { id = '' } = useParams();
  return <LiveViewer key={id} sessionId={id} />;
}

function LiveViewer({ sessionId }: { sessionId: string }) {
  const t = useT();
  const language = useLanguage();
  const initial = usePublicLiveSession(sessionId);
  // No stream for a session that does not exist (it would retry for ever).
  const live = useLiveEvents(initial.error?.status === 404 ? undefined : sessionId);
  const { outcomeOf, applyTo } = useLiveApply(sessionId);
  const session = live.session ?? initial.data ?? null;
  useDocumentTitle(session ? session.title : initial.error?.status === 404 ? t('live.notFound') : null);

  if (initial.error?.status === 404 && !live.session) {
    return (
      <Result
        status="404"
        title={<h1 style={{ fontSize: 24, margin: 0 }}>{t('live.notFound')}</h1>}
        extra={
          <ButtonLink type="primary" to="/live">
            {t('live.backToSchedule')}
          </ButtonLink>
        }
      />
    );
  }
  if (!session) {
    return initial.error ? (
      <div className="qiao-container" style={{ paddingBlock: 24 }}>
        <ErrorAlert
          error={initial.error}
          action={
            <Button size="small" onClick={initial.reload}>
              {t('common.retry')}
            </Button>
          }
        />
      </div>
    ) : (
      <LoadingBlock minHeight={320} />
    );
  }

  const isLive = session.status === 'live';
  const current = onAirItem(session);
  const idleText = {
    scheduled: t('live.onAir.idleScheduled'),
    live: t('live.onAir.idleLive'),
    ended: t('live.onAir.idleEnded'),
    cancelled: t('live.onAir.idleCancelled'),
  }[session.status];
  const sectionTitle = (text: string) => (
    <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
      {text}
    </Typography.Title>
  );

  return (
    <div className="qiao-container" style={{ maxWidth: 1120, paddingBlock: 16 }}>
      <OnAirAnnouncer item={current} />
      <Link to="/live" style={{ display: 'inline-flex', alignItems: 'center', gap: 6, marginBottom: 8, minHeight: 44 }}>
        <ArrowLeftOutlined aria-hidden="true" />
        {t('live.backToSchedule')}
      </Link>
      <header style={{ marginBottom: 12 }}>
        <Flex wrap gap={8} align="center">
          <LiveStatusTag status={session.status} />
          <ConnectionIndicator connection={live.connection} />
        </Flex>
        <Typography.Title level={1} style={{ fontSize: 22, margin: '8px 0 4px' }}>
          {session.title}
        </Typography.Title>
        <Typography.Text type="secondary">
          {formatEventTime(session.startsAt, session.endsAt, language)}
          {session.hostOrganisation ? ` · ${session.hostOrganisation.name}` : ''}
          {session.presenter ? ` · ${t('live.presenter', { name: session.presenter })}` : ''}
        </Typography.Text>
      </header>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Flex vertical gap={12}>
            <StreamPlayer streamUrl={session.streamUrl} title={session.title} isLive={isLive} />
            <LiveCountersBar counters={session.counters} />
            <section aria-label={t('live.onAir.region')}>
              <OnAirCard
                item={current}
                idleText={idleText}
                action={
                  current ? (
                    <LiveApplyButton
                      sessionId={session.id}
                      positionTitle={current.position.title}
                      isLive={isLive}
                      outcome={outcomeOf(current.position.id)}
                      onApply={() => void applyTo(current.position.id)}
                      isProminent
                    />
                  ) : null
                }
              />
            </section>
            {session.description ? (
              <Typography.Paragraph style={{ whiteSpace: 'pre-line', margin: 0 }}>{session.description}</Typography.Paragraph>
            ) : null}
          </Flex>
        </Col>
        <Col xs={24} lg={10}>
          <Flex vertical gap={12}>
            <Card variant="outlined" title={sectionTitle(t('live.runSheet.title', { count: session.items.length }))} styles={{ body: { padding: 0 } }}>
              <RunSheetList
                items={session.items}
                onAirItemId={session.onAirItemId}
                renderAction={(item) =>
                  item.id === session.onAirItemId ? null : (
                    <LiveApplyButton
                      sessionId={session.id}
                      positionTitle={item.position.title}
                      isLive={isLive}
                      outcome={outcomeOf(item.position.id)}
                      onApply={() => void applyTo(item.position.id)}
                    />
                  )
                }
              />
            </Card>
            <Card variant="outlined" title={sectionTitle(t('live.questions.title'))}>
              <Flex vertical gap={12}>
                <AskQuestionForm sessionId={session.id} isOpen={session.status === 'live' || session.status === 'scheduled'} />
                <QuestionFeed questions={live.questions} items={session.items} />
              </Flex>
            </Card>
          </Flex>
        </Col>
      </Row>
    </div>
  );
}
