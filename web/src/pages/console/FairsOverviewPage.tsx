import { Breadcrumb } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { useT } from '../../i18n/useT';
import { FairYearOverview } from '../../modules/fairs/components/FairYearOverview';
import { PageHeading } from '../../ui/PageHeading';

function yearParam(value: string | null): number {
  const year = Number(value);
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : new Date().getFullYear();
}

/** `/console/fairs/overview?year=`: the year's fairs of the zone (operators and government). */
export function FairsOverviewPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const year = yearParam(params.get('year'));
  return (
    <>
      <Breadcrumb style={{ marginBottom: 12 }} items={[{ title: <Link to="/console/fairs">{t('menu.fairs')}</Link> }, { title: t('fairs.overview.title') }]} />
      <PageHeading title={t('fairs.overview.title')} description={t('fairs.overview.lead')} />
      <FairYearOverview year={year} onYearChange={(y) => setParams({ year: String(y) }, { replace: true })} />
    </>
  );
}
