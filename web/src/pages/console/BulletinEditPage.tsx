import { App, Breadcrumb } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { useT } from '../../i18n/useT';
import { BulletinForm, type BulletinFormPayload } from '../../modules/bulletins/components/BulletinForm';
import { useBulletinMutations } from '../../modules/bulletins/hooks/useBulletinMutations';
import { useBulletin } from '../../modules/bulletins/hooks/useBulletins';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadingBlock } from '../../ui/LoadingBlock';
import { PageHeading } from '../../ui/PageHeading';

/** Edit or reorder a draft or withdrawn issue. */
export function BulletinEditPage() {
  const t = useT();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { updateBulletin } = useBulletinMutations();
  const { data: bulletin, error, reload } = useBulletin(id);
  const detailPath = `/console/bulletins/${id}`;

  async function handleSubmit({ year: _year, ...payload }: BulletinFormPayload) {
    if (!bulletin) return;
    await updateBulletin(bulletin.id, { ...payload, version: bulletin.version });
    void message.success(t('bulletins.saved'));
    await navigate(detailPath);
  }

  const heading = bulletin ? t('bulletins.edit.title', { year: bulletin.year, n: bulletin.issueNo }) : t('common.edit');
  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[
          { title: <Link to="/console/bulletins">{t('menu.bulletins')}</Link> },
          { title: bulletin ? <Link to={detailPath}>{t('bulletins.issueOfYear', { year: bulletin.year, n: bulletin.issueNo })}</Link> : '…' },
          { title: t('common.edit') },
        ]}
      />
      <PageHeading title={heading} />
      {error ? <ErrorAlert error={error} /> : null}
      {bulletin ? (
        <BulletinForm
          key={`${bulletin.id}:${bulletin.version}`}
          bulletin={bulletin}
          submitLabel={t('common.save')}
          onSubmit={handleSubmit}
          onCancel={() => void navigate(detailPath)}
          onReload={reload}
        />
      ) : error ? null : (
        <LoadingBlock />
      )}
    </>
  );
}
