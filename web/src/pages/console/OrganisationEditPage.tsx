import { App, Breadcrumb, Card } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { useT } from '../../i18n/useT';
import { OrganisationForm } from '../../modules/organisations/components/OrganisationForm';
import { useOrganisation } from '../../modules/organisations/hooks/useOrganisation';
import { useOrganisationMutations } from '../../modules/organisations/hooks/useOrganisationMutations';
import { useRegions } from '../../modules/organisations/hooks/useRegions';
import { changedFields, type OrganisationPayload } from '../../modules/organisations/utils/formValues';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadingBlock } from '../../ui/LoadingBlock';
import { PageHeading } from '../../ui/PageHeading';

export function OrganisationEditPage() {
  const t = useT();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { updateOrganisation } = useOrganisationMutations();
  const organisation = useOrganisation(id);
  const regions = useRegions();
  const org = organisation.data;
  const detailPath = `/console/organisations/${id}`;

  async function handleSubmit(payload: OrganisationPayload) {
    if (!org) return;
    const changes = changedFields(org, payload);
    if (Object.keys(changes).length === 0) {
      void message.info(t('org.edit.nothingChanged'));
      await navigate(detailPath);
      return;
    }
    const updated = await updateOrganisation(org.id, { ...changes, version: org.version });
    void message.success(t('org.edit.done', { name: updated.name }));
    await navigate(detailPath);
  }

  const error = organisation.error ?? regions.error;
  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[
          { title: <Link to="/console/organisations">{t('menu.organisations')}</Link> },
          { title: org ? <Link to={detailPath}>{org.name}</Link> : '…' },
          { title: t('common.edit') },
        ]}
      />
      <PageHeading title={org ? t('org.edit.title', { name: org.name }) : t('common.edit')} />
      <Card variant="outlined">
        {error ? <ErrorAlert error={error} /> : null}
        {org && regions.data ? (
          <OrganisationForm
            key={`${org.id}:${org.version}`}
            regions={regions.data}
            organisation={org}
            submitLabel={t('common.save')}
            onSubmit={handleSubmit}
            onCancel={() => void navigate(detailPath)}
            onReload={organisation.reload}
          />
        ) : error ? null : (
          <LoadingBlock />
        )}
      </Card>
    </>
  );
}
