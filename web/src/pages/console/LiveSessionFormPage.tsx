import { App, Breadcrumb, Button } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { useT } from '../../i18n/useT';
import { useAuth } from '../../modules/auth/hooks/useAuth';
import { LiveSessionForm } from '../../modules/live/components/LiveSessionForm';
import { useLiveMutations } from '../../modules/live/hooks/useLiveMutations';
import { useConsoleLiveSession } from '../../modules/live/hooks/useLiveQueries';
import type { CreateLiveSessionPayload } from '../../modules/live/types';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadingBlock } from '../../ui/LoadingBlock';
import { PageHeading } from '../../ui/PageHeading';

/** `/console/live/new` and `/console/live/:id/edit`: plan a live session and its run-sheet. */
export function LiveSessionFormPage() {
  const t = useT();
  const { id } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { me } = useAuth();
  const { createSession, updateSession } = useLiveMutations();
  const existing = useConsoleLiveSession(id);
  const session = existing.data;
  const title = id ? t('live.form.editTitle') : t('live.sessions.create');

  async function handleSubmit(payload: CreateLiveSessionPayload) {
    if (session) {
      const { hostOrganisationId: _host, items, ...fields } = payload;
      const saved = await updateSession(session.id, {
        ...fields,
        ...(session.status === 'scheduled' ? { items } : {}),
        expectedVersion: session.version,
      });
      void message.success(t('live.form.saved'));
      await navigate(`/console/live/${saved.id}/host`);
      return;
    }
    const created = await createSession(payload);
    void message.success(t('live.form.created'));
    await navigate(`/console/live/${created.id}/host`);
  }

  const breadcrumb = (
    <Breadcrumb style={{ marginBottom: 12 }} items={[{ title: <Link to="/console/live">{t('menu.live')}</Link> }, { title }]} />
  );
  if (id && existing.error) {
    return (
      <>
        {breadcrumb}
        <PageHeading title={title} />
        <ErrorAlert
          error={existing.error}
          action={
            <Button size="small" onClick={existing.reload}>
              {t('common.retry')}
            </Button>
          }
        />
      </>
    );
  }
  if (id && !session) return <LoadingBlock minHeight={320} />;
  return (
    <>
      {breadcrumb}
      <PageHeading title={title} description={t('live.form.lead')} />
      <LiveSessionForm
        key={session ? `${session.id}:${session.version}` : 'new'}
        session={session}
        canChooseHost={me?.role === 'operator'}
        submitLabel={session ? t('common.save') : t('live.form.createSubmit')}
        onSubmit={handleSubmit}
        onCancel={() => void navigate('/console/live')}
        onReload={existing.reload}
      />
    </>
  );
}
