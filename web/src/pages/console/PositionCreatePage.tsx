import { App, Breadcrumb, Card } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useT } from '../../i18n/useT';
import { useAuth } from '../../modules/auth/hooks/useAuth';
import { useOrganisation } from '../../modules/organisations/hooks/useOrganisation';
import { useRegions } from '../../modules/organisations/hooks/useRegions';
import { PositionForm, type PositionFormSubmit } from '../../modules/positions/components/PositionForm';
import { usePositionMutations } from '../../modules/positions/hooks/usePositionMutations';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadingBlock } from '../../ui/LoadingBlock';
import { PageHeading } from '../../ui/PageHeading';

/** `/console/positions/new`: an enterprise posts a position; an operator records one from an enterprise visit (走访). */
export function PositionCreatePage() {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { me } = useAuth();
  const isVisit = me?.role === 'operator';
  const { createPosition } = usePositionMutations();
  const regions = useRegions();
  const own = useOrganisation(isVisit ? null : me?.organisationId);
  const title = isVisit ? t('positions.create.visitTitle') : t('positions.create.title');

  async function handleSubmit({ fields, organisationId }: PositionFormSubmit) {
    const created = await createPosition({ ...fields, ...(organisationId ? { organisationId } : {}) });
    void message.success(t('positions.create.done', { title: created.title }));
    await navigate(`/console/positions/${created.id}`);
  }

  const error = regions.error ?? own.error;
  const isReady = regions.data && (isVisit || own.data);
  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[{ title: <Link to="/console/positions">{t('menu.positions')}</Link> }, { title }]}
      />
      <PageHeading title={title} description={isVisit ? t('positions.create.visitLead') : t('positions.create.lead')} />
      <Card variant="outlined">
        {error ? <ErrorAlert error={error} /> : null}
        {isReady && regions.data ? (
          <PositionForm
            regions={regions.data}
            isVisit={isVisit}
            defaultRegionCode={own.data?.regionCode}
            submitLabel={t('positions.create.submit')}
            onSubmit={handleSubmit}
            onCancel={() => void navigate('/console/positions')}
          />
        ) : error ? null : (
          <LoadingBlock />
        )}
      </Card>
    </>
  );
}
