import { CloseCircleOutlined, EyeOutlined, PlayCircleOutlined, PoweroffOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Card, Col, Flex, Popconfirm, Row, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { formatEventTime } from '../../ui/format';
import { useLanguage } from '../../i18n/useLanguage';
import { useT } from '../../i18n/useT';
import { ConnectionIndicator } from '../../modules/live/components/ConnectionIndicator';
import { HostApplications } from '../../modules/live/components/HostApplications';
import { HostQuestions } from '../../modules/live/components/HostQuestions';
import { HostRunSheet } from '../../modules/live/components/HostRunSheet';
import { LiveCountersBar } from '../../modules/live/components/LiveCountersBar';
import { LiveStatusTag } from '../../modules/live/components/LiveStatusTag';
import { OnAirAnnouncer } from '../../modules/live/components/OnAirAnnouncer';
import { useLiveEvents } from '../../modules/live/hooks/useLiveEvents';
import { useLiveMutations } from '../../modules/live/hooks/useLiveMutations';
import { useConsoleLiveSession, useLiveApplications, useLiveQuestions } from '../../modules/live/hooks/useLiveQueries';
import type { LiveQuestion } from '../../modules/live/types';
import { onAirItem } from '../../modules/live/utils/liveState';
import '../../modules/live/live.css';
import { ButtonLink } from '../../ui/ButtonLink';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadingBlock } from '../../ui/LoadingBlock';
import { PageHeading } from '../../ui/PageHeading';
import { ReasonModal } from '../../ui/ReasonModal';

// Applications are also re-read on every counters change; this catches what a missed tick would.
const APPLICATIONS_POLL_MS = 5000;

/** `/console/live/:id/host`: the host's console — start/end, on-air switches, questions, applications. */
export function LiveHostPage() {
  const { id = '' } = useParams();
  return <LiveHost key={id} sessionId={id} />;
}

function LiveHost({ sessionId }: { sessionId: string }) {
  const t = useT();
  const language = useLanguage();
  const loaded = useConsoleLiveSession(sessionId);
  const live = useLiveEvents(sessionId);
  const questions = useLiveQuestions(sessionId);
  const applications = useLiveApplications(sessionId);
  const mutations = useLiveMutations();
  const [isBusy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);
  const [isCancelling, setCancelling] = useState(false);
  const session = live.session ?? loaded.data ?? null;
  const canManage = loaded.data?.canManage ?? false;
  const isLive = session?.status === 'live';
  const reloadQuestions = questions.reload;
  const reloadApplications = applications.reload;
  const applicationCount = session?.counters.applications ?? 0;
  const applicationsByPosition = useMemo(() => {
    const list = applications.data?.items;
    if (!list) return undefined;
    const counts = new Map<string, number>();
    for (const a of list) counts.set(a.position.id, (counts.get(a.position.id) ?? 0) + 1);
    return counts;
  }, [applications.data]);

  // A question asked, answered or hidden arrives on the stream: read the list again.
  useEffect(() => {
    if (live.questions.length > 0) reloadQuestions();
  }, [live.questions, reloadQuestions]);

  useEffect(() => {
    reloadApplications();
  }, [applicationCount, reloadApplications]);

  useEffect(() => {
    if (!isLive) return undefined;
    const timer = setInterval(reloadApplications, APPLICATIONS_POLL_MS);
    return () => clearInterval(timer);
  }, [isLive, reloadApplications]);

  async function run(action: () => Promise<unknown>) {
    setBusy(true);
    setActionError(null);
    try {
      await action();
    } catch (caught) {
      setActionError(caught);
    } finally {
      setBusy(false);
    }
  }

  if (loaded.error && !session) {
    return (
      <ErrorAlert
        error={loaded.error}
        action={
          <Button size="small" onClick={loaded.reload}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  }
  if (!session) return <LoadingBlock minHeight={320} />;

  const current = onAirItem(session);
  const sectionTitle = (text: string) => (
    <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
      {text}
    </Typography.Title>
  );
  const handleAnswer = async (question: LiveQuestion, mode: 'on_air' | 'text', answer?: string) => {
    await mutations.answerQuestion(session.id, question.id, mode, answer);
    reloadQuestions();
  };
  const handleHide = async (question: LiveQuestion) => {
    await mutations.hideQuestion(session.id, question.id);
    reloadQuestions();
  };

  return (
    <>
      <OnAirAnnouncer item={current} />
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[{ title: <Link to="/console/live">{t('menu.live')}</Link> }, { title: t('live.host.title') }]}
      />
      <PageHeading
        title={session.title}
        description={
          <Flex wrap gap={8} align="center" component="span">
            <LiveStatusTag status={session.status} />
            <ConnectionIndicator connection={live.connection} />
            <span>
              {formatEventTime(session.startsAt, session.endsAt, language)} · {session.hostOrganisation?.name ?? t('live.host.park')}
            </span>
          </Flex>
        }
        extra={
          <>
            {canManage && session.status === 'scheduled' ? (
              <Button
                type="primary"
                icon={<PlayCircleOutlined aria-hidden="true" />}
                loading={isBusy}
                onClick={() => void run(async () => live.replaceSession(await mutations.startSession(session.id)))}
              >
                {t('live.host.start')}
              </Button>
            ) : null}
            {canManage && session.status === 'live' ? (
              <Popconfirm
                title={t('live.host.endConfirm')}
                okText={t('live.host.end')}
                cancelText={t('common.cancel')}
                onConfirm={() => run(async () => live.replaceSession(await mutations.endSession(session.id)))}
              >
                <Button danger icon={<PoweroffOutlined aria-hidden="true" />} loading={isBusy}>
                  {t('live.host.end')}
                </Button>
              </Popconfirm>
            ) : null}
            {canManage && session.status === 'scheduled' ? <ButtonLink to={`/console/live/${session.id}/edit`}>{t('common.edit')}</ButtonLink> : null}
            {canManage && session.status === 'scheduled' ? (
              <Button danger icon={<CloseCircleOutlined aria-hidden="true" />} onClick={() => setCancelling(true)}>
                {t('live.host.cancel')}
              </Button>
            ) : null}
            <ButtonLink to={`/live/${session.id}`} icon={<EyeOutlined aria-hidden="true" />}>
              {t('live.action.view')}
            </ButtonLink>
            {session.status === 'ended' ? <ButtonLink to={`/console/live/${session.id}/replay`}>{t('live.action.replay')}</ButtonLink> : null}
          </>
        }
      />
      <ReasonModal
        isOpen={isCancelling}
        title={t('live.host.cancelTitle')}
        label={t('live.host.cancelReason')}
        submitLabel={t('live.host.cancel')}
        onSubmit={async (reason) => {
          live.replaceSession(await mutations.cancelSession(session.id, reason));
          setCancelling(false);
        }}
        onClose={() => setCancelling(false)}
      />
      <Flex vertical gap={16}>
        {actionError ? <ErrorAlert error={actionError} /> : null}
        <LiveCountersBar counters={session.counters} />
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={12}>
            <Card variant="outlined" title={sectionTitle(t('live.runSheet.title', { count: session.items.length }))}>
              <HostRunSheet
                items={session.items}
                onAirItemId={session.onAirItemId}
                status={session.status}
                isLive={isLive && canManage}
                isBusy={isBusy}
                applicationsByPosition={applicationsByPosition}
                onPutOnAir={(itemId) => void run(async () => live.replaceSession(await mutations.putOnAir(session.id, itemId)))}
              />
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Flex vertical gap={16}>
              <Card variant="outlined" title={sectionTitle(t('live.questions.title'))}>
                {questions.error ? <ErrorAlert error={questions.error} /> : null}
                <HostQuestions questions={questions.data?.items ?? []} isLive={isLive} onAnswer={handleAnswer} onHide={handleHide} />
              </Card>
              <Card variant="outlined" title={sectionTitle(t('live.host.applications.title', { count: applications.data?.items.length ?? 0 }))}>
                {applications.error ? <ErrorAlert error={applications.error} /> : null}
                <HostApplications applications={applications.data?.items ?? []} isLoading={applications.isLoading} />
              </Card>
            </Flex>
          </Col>
        </Row>
      </Flex>
    </>
  );
}
