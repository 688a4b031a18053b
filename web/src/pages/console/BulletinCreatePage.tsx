import { App, Breadcrumb } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useT } from '../../i18n/useT';
import { BulletinForm, type BulletinFormPayload } from '../../modules/bulletins/components/BulletinForm';
import { useBulletinMutations } from '../../modules/bulletins/hooks/useBulletinMutations';
import { PageHeading } from '../../ui/PageHeading';

/** 编制招聘信息: a new draft issue, numbered next in its year. */
export function BulletinCreatePage() {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { createBulletin } = useBulletinMutations();

  async function handleSubmit(payload: BulletinFormPayload) {
    const created = await createBulletin(payload);
    void message.success(t('bulletins.created', { year: created.year, n: created.issueNo }));
    await navigate(`/console/bulletins/${created.id}`);
  }

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[{ title: <Link to="/console/bulletins">{t('menu.bulletins')}</Link> }, { title: t('bulletins.create') }]}
      />
      <PageHeading title={t('bulletins.create')} description={t('bulletins.create.lead')} />
      <BulletinForm submitLabel={t('bulletins.create.submit')} onSubmit={handleSubmit} onCancel={() => void navigate('/console/bulletins')} />
    </>
  );
}
