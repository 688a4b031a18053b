import { App, Breadcrumb, Card } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { useT } from '../../i18n/useT';
import { useRegions } from '../../modules/organisations/hooks/useRegions';
import { ProfileForm } from '../../modules/talent/components/ProfileForm';
import { useSeeker } from '../../modules/talent/hooks/useSeeker';
import { useTalentMutations } from '../../modules/talent/hooks/useTalentMutations';
import type { ProfileFields } from '../../modules/talent/utils/profileForm';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadingBlock } from '../../ui/LoadingBlock';
import { PageHeading } from '../../ui/PageHeading';

/** An operator corrects a seeker's profile (at the seeker's request, or a walk-in's details). */
export function SeekerEditPage() {
  const t = useT();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { updateSeeker } = useTalentMutations();
  const seeker = useSeeker(id);
  const regions = useRegions();
  const detailPath = `/console/seekers/${id}`;
  const current = seeker.data;

  async function handleSubmit(fields: ProfileFields) {
    if (!current) return;
    const updated = await updateSeeker(current.id, { ...fields, version: current.version });
    void message.success(t('talent.seekers.saved', { name: updated.name }));
    await navigate(detailPath);
  }

  const error = seeker.error ?? regions.error;
  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[
          { title: <Link to="/console/seekers">{t('menu.seekers')}</Link> },
          { title: current ? <Link to={detailPath}>{current.name}</Link> : '…' },
          { title: t('common.edit') },
        ]}
      />
      <PageHeading title={current ? t('talent.seekers.edit.title', { name: current.name }) : t('common.edit')} />
      <Card variant="outlined">
        {error ? <ErrorAlert error={error} /> : null}
        {current && regions.data ? (
          <ProfileForm
            key={`${current.id}:${current.version}`}
            seeker={current}
            regions={regions.data}
            mode="operator"
            submitLabel={t('common.save')}
            onSubmit={handleSubmit}
            onCancel={() => void navigate(detailPath)}
            onReload={seeker.reload}
          />
        ) : error ? null : (
          <LoadingBlock />
        )}
      </Card>
    </>
  );
}
