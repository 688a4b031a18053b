import { App, Breadcrumb, Card, Radio } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useT } from '../../i18n/useT';
import { useRegions } from '../../modules/organisations/hooks/useRegions';
import { ProfileForm } from '../../modules/talent/components/ProfileForm';
import { useTalentMutations } from '../../modules/talent/hooks/useTalentMutations';
import type { ProfileFields } from '../../modules/talent/utils/profileForm';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadingBlock } from '../../ui/LoadingBlock';
import { PageHeading } from '../../ui/PageHeading';

type WalkInSource = 'walk_in' | 'fair';

/** 现场登记: an operator records a seeker met at the service window or at a fair. */
export function SeekerCreatePage() {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { createSeeker } = useTalentMutations();
  const { data: regions, error } = useRegions();
  const [source, setSource] = useState<WalkInSource>('walk_in');

  async function handleSubmit(fields: ProfileFields) {
    const created = await createSeeker({ ...fields, source });
    void message.success(t('talent.seekers.created', { name: created.name }));
    await navigate(`/console/seekers/${created.id}`);
  }

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[{ title: <Link to="/console/seekers">{t('menu.seekers')}</Link> }, { title: t('talent.seekers.create') }]}
      />
      <PageHeading title={t('talent.seekers.create')} description={t('talent.seekers.create.lead')} />
      <Card variant="outlined">
        {error ? <ErrorAlert error={error} /> : null}
        {regions ? (
          <ProfileForm
            seeker={null}
            regions={regions}
            mode="operator"
            submitLabel={t('talent.seekers.create.submit')}
            onSubmit={handleSubmit}
            onCancel={() => void navigate('/console/seekers')}
            extraFields={
              <fieldset style={{ border: 0, padding: 0, margin: '0 0 16px' }}>
                <legend style={{ fontSize: 14, marginBottom: 8 }}>{t('talent.field.source')}</legend>
                <Radio.Group
                  value={source}
                  onChange={(e) => setSource(e.target.value as WalkInSource)}
                  options={[
                    { value: 'walk_in', label: t('talent.source.walk_in') },
                    { value: 'fair', label: t('talent.source.fair') },
                  ]}
                />
              </fieldset>
            }
          />
        ) : error ? null : (
          <LoadingBlock />
        )}
      </Card>
    </>
  );
}
