import { ArrowLeftOutlined } from '@ant-design/icons';
import { Flex } from 'antd';
import { useParams } from 'react-router';
import { useT } from '../../i18n/useT';
import { IndexDetailView } from '../../modules/innovation/components/IndexDetailView';
import { useIndexDetail } from '../../modules/innovation/hooks/useInnovation';
import { useYearParam } from '../../modules/innovation/hooks/useYearParam';
import { thisYearInChina } from '../../modules/innovation/utils/format';
import { ButtonLink } from '../../ui/ButtonLink';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadingBlock } from '../../ui/LoadingBlock';
import { PageHeading } from '../../ui/PageHeading';

/** One enterprise's index for a year, for the zone's operators and government. */
export function InnovationIndexDetailPage() {
  const t = useT();
  const { organisationId } = useParams();
  const [year] = useYearParam(thisYearInChina() - 1);
  const { data, error } = useIndexDetail(organisationId, year);
  return (
    <Flex vertical gap={8}>
      <div>
        <ButtonLink to={`/console/innovation?year=${year}`} icon={<ArrowLeftOutlined aria-hidden="true" />}>
          {t('innovation.backToRanking')}
        </ButtonLink>
      </div>
      {error ? <ErrorAlert error={error} /> : null}
      {data ? (
        <>
          <PageHeading title={t('innovation.detailTitle', { name: data.organisationName, year: data.year })} />
          <IndexDetailView detail={data} />
        </>
      ) : error ? null : (
        <LoadingBlock minHeight={320} />
      )}
    </Flex>
  );
}
