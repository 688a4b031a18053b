import { Breadcrumb } from 'antd';
import { Link, useParams } from 'react-router';
import { useT } from '../../i18n/useT';
import { FairDetailView } from '../../modules/fairs/components/FairDetailView';
import { useFair } from '../../modules/fairs/hooks/useFairQueries';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadingBlock } from '../../ui/LoadingBlock';

/** `/console/fairs/:id`: one fair with its booths, registrations, statistics, intents, follow-up and survey. */
export function FairDetailPage() {
  const t = useT();
  const { id = '' } = useParams();
  const { data: fair, error, reload } = useFair(id);
  return (
    <>
      <Breadcrumb style={{ marginBottom: 12 }} items={[{ title: <Link to="/console/fairs">{t('menu.fairs')}</Link> }, { title: fair?.title ?? '…' }]} />
      {error ? <ErrorAlert error={error} /> : null}
      {fair ? <FairDetailView fair={fair} onChanged={reload} /> : error ? null : <LoadingBlock />}
    </>
  );
}
