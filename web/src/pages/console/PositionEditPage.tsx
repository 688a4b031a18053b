import { App, Breadcrumb, Card } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { useT } from '../../i18n/useT';
import { useAuth } from '../../modules/auth/hooks/useAuth';
import { useRegions } from '../../modules/organisations/hooks/useRegions';
import { PositionForm, type PositionFormSubmit } from '../../modules/positions/components/PositionForm';
import { usePosition } from '../../modules/positions/hooks/usePosition';
import { usePositionMutations } from '../../modules/positions/hooks/usePositionMutations';
import { changedPositionFields } from '../../modules/positions/utils/formValues';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadingBlock } from '../../ui/LoadingBlock';
import { PageHeading } from '../../ui/PageHeading';

/** `/console/positions/:id/edit`: only the changed fields are sent, with the version read. */
export function PositionEditPage() {
  const t = useT();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { me } = useAuth();
  const { updatePosition } = usePositionMutations();
  const position = usePosition(id);
  const regions = useRegions();
  const p = position.data;
  const detailPath = `/console/positions/${id}`;

  async function handleSubmit({ fields }: PositionFormSubmit) {
    if (!p) return;
    const changes = changedPositionFields(p, fields);
    if (Object.keys(changes).length === 0) {
      void message.info(t('positions.edit.nothingChanged'));
      await navigate(detailPath);
      return;
    }
    const updated = await updatePosition(p.id, { ...changes, version: p.version });
    void message.success(t('positions.edit.done', { title: updated.title }));
    await navigate(detailPath);
  }

  const error = position.error ?? regions.error;
  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[
          { title: <Link to="/console/positions">{t('menu.positions')}</Link> },
          { title: p ? <Link to={detailPath}>{p.title}</Link> : '…' },
          { title: t('common.edit') },
        ]}
      />
      <PageHeading title={p ? t('positions.edit.title', { title: p.title }) : t('common.edit')} />
      <Card variant="outlined">
        {error ? <ErrorAlert error={error} /> : null}
        {p && regions.data ? (
          <PositionForm
            key={`${p.id}:${p.version}`}
            regions={regions.data}
            position={p}
            isReviewedOnEdit={me?.role !== 'operator'}
            submitLabel={t('common.save')}
            onSubmit={handleSubmit}
            onCancel={() => void navigate(detailPath)}
            onReload={position.reload}
          />
        ) : error ? null : (
          <LoadingBlock />
        )}
      </Card>
    </>
  );
}
