import { App, Breadcrumb } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { useT } from '../../i18n/useT';
import { FairForm } from '../../modules/fairs/components/FairForm';
import { useFairAccess } from '../../modules/fairs/hooks/useFairAccess';
import { useFairMutations } from '../../modules/fairs/hooks/useFairMutations';
import { useFair } from '../../modules/fairs/hooks/useFairQueries';
import type { FairPayload } from '../../modules/fairs/types';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadingBlock } from '../../ui/LoadingBlock';
import { PageHeading } from '../../ui/PageHeading';

/** `/console/fairs/:id/edit`: change a fair its managers run. */
export function FairEditPage() {
  const t = useT();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { isOperator } = useFairAccess();
  const { updateFair } = useFairMutations();
  const { data: fair, error, reload } = useFair(id);
  const detailPath = `/console/fairs/${id}`;

  async function handleSubmit(payload: FairPayload) {
    if (!fair) return;
    await updateFair(fair, payload);
    void message.success(t('fairs.saved'));
    await navigate(detailPath);
  }

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[
          { title: <Link to="/console/fairs">{t('menu.fairs')}</Link> },
          { title: fair ? <Link to={detailPath}>{fair.title}</Link> : '…' },
          { title: t('common.edit') },
        ]}
      />
      <PageHeading title={fair ? t('fairs.edit.title', { title: fair.title }) : t('common.edit')} />
      {error ? <ErrorAlert error={error} /> : null}
      {fair ? (
        <FairForm
          key={`${fair.id}:${fair.version}`}
          fair={fair}
          canChooseHost={isOperator}
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
