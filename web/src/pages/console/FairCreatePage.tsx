import { App, Breadcrumb } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useT } from '../../i18n/useT';
import { FairForm } from '../../modules/fairs/components/FairForm';
import { useFairAccess } from '../../modules/fairs/hooks/useFairAccess';
import { useFairMutations } from '../../modules/fairs/hooks/useFairMutations';
import type { FairPayload } from '../../modules/fairs/types';
import { PageHeading } from '../../ui/PageHeading';

/** `/console/fairs/new`: a draft fair (operators; a school's staff for a fair their school hosts). */
export function FairCreatePage() {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { isOperator } = useFairAccess();
  const { createFair } = useFairMutations();

  async function handleSubmit(payload: FairPayload) {
    const fair = await createFair(payload);
    void message.success(t('fairs.saved'));
    await navigate(`/console/fairs/${fair.id}`);
  }

  return (
    <>
      <Breadcrumb style={{ marginBottom: 12 }} items={[{ title: <Link to="/console/fairs">{t('menu.fairs')}</Link> }, { title: t('fairs.create') }]} />
      <PageHeading title={t('fairs.create')} description={isOperator ? t('fairs.form.lead') : t('fairs.form.leadSchool')} />
      <FairForm canChooseHost={isOperator} submitLabel={t('fairs.form.createSubmit')} onSubmit={handleSubmit} onCancel={() => void navigate('/console/fairs')} />
    </>
  );
}
