import { App, Breadcrumb, Card } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useT } from '../../i18n/useT';
import { OrganisationForm } from '../../modules/organisations/components/OrganisationForm';
import { useOrganisationMutations } from '../../modules/organisations/hooks/useOrganisationMutations';
import { useRegions } from '../../modules/organisations/hooks/useRegions';
import { type OrganisationPayload, withoutNulls } from '../../modules/organisations/utils/formValues';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadingBlock } from '../../ui/LoadingBlock';
import { PageHeading } from '../../ui/PageHeading';

export function OrganisationCreatePage() {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { createOrganisation } = useOrganisationMutations();
  const { data: regions, error } = useRegions();

  async function handleSubmit(payload: OrganisationPayload) {
    const created = await createOrganisation(withoutNulls(payload));
    void message.success(t('org.create.done', { name: created.name }));
    await navigate(`/console/organisations?q=${encodeURIComponent(created.name)}`);
  }

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[{ title: <Link to="/console/organisations">{t('menu.organisations')}</Link> }, { title: t('org.create.title') }]}
      />
      <PageHeading title={t('org.create.title')} />
      <Card variant="outlined">
        {error ? <ErrorAlert error={error} /> : null}
        {regions ? (
          <OrganisationForm
            regions={regions}
            submitLabel={t('org.create.submit')}
            onSubmit={handleSubmit}
            onCancel={() => void navigate('/console/organisations')}
          />
        ) : error ? null : (
          <LoadingBlock />
        )}
      </Card>
    </>
  );
}
