import { Alert, Flex, Spin, Typography } from 'antd';
import { useParams } from 'react-router';
import { useT } from '../i18n/useT';
import { FairEnterpriseList } from '../modules/fair-day/components/FairEnterpriseList';
import { FairFacts } from '../modules/fair-day/components/FairFacts';
import { FairKindTag } from '../modules/fair-day/components/FairKindTag';
import { RegisterBar } from '../modules/fair-day/components/RegisterBar';
import { usePublicFair } from '../modules/fair-day/hooks/useFairDayQueries';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import '../modules/fair-day/fair-day.css';

/** `/fairs/:id`: a fair for seekers — when and where, who comes with which positions, and 报名. */
export function FairPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { data: fair, error, isLoading } = usePublicFair(id);
  useDocumentTitle(fair?.title ?? t('fairDay.list.title'));
  if (isLoading) return <Spin style={{ display: 'block', margin: '64px auto' }} />;
  if (error || !fair) {
    return (
      <div className="qiao-container" style={{ paddingBlock: 24 }}>
        <ErrorAlert error={error} />
      </div>
    );
  }
  const isDisabilityFair = fair.kind === 'special' && fair.specialFocus === 'disability';
  const positions = fair.enterprises.reduce((sum, e) => sum + e.positions.length, 0);
  return (
    <div className="qiao-fair-day">
      <div className="qiao-container" style={{ paddingBlock: 24, maxWidth: 768 }}>
        <Flex wrap gap={6} style={{ marginBottom: 8 }}>
          <FairKindTag kind={fair.kind} specialFocus={fair.specialFocus} />
        </Flex>
        <Typography.Title level={1} className="qiao-page-heading" style={{ fontSize: 24 }}>
          {fair.title}
        </Typography.Title>
        <FairFacts startsAt={fair.startsAt} endsAt={fair.endsAt} venue={fair.venue} hostName={fair.hostOrganisation?.name} />
        {fair.coOrganisers.length > 0 ? (
          <Typography.Paragraph type="secondary" style={{ marginTop: 4 }}>
            {t('fairDay.detail.coOrganisers', { names: fair.coOrganisers.map((o) => o.name).join('、') })}
          </Typography.Paragraph>
        ) : null}
        {fair.status === 'cancelled' ? <Alert type="warning" showIcon title={t('fairDay.status.cancelled')} style={{ marginTop: 12 }} /> : null}
        {fair.description ? <Typography.Paragraph style={{ marginTop: 12, whiteSpace: 'pre-line' }}>{fair.description}</Typography.Paragraph> : null}
        {isDisabilityFair ? <Alert type="info" showIcon title={t('fairDay.detail.disabilityNote')} style={{ marginBlock: 12 }} /> : null}
        <section aria-labelledby="fair-enterprises" style={{ marginTop: 16 }}>
          <Typography.Title level={2} id="fair-enterprises" style={{ fontSize: 20 }}>
            {t('fairDay.enterprises.heading', { enterprises: fair.enterprises.length, positions })}
          </Typography.Title>
          <FairEnterpriseList fair={fair} />
        </section>
      </div>
      <RegisterBar fair={fair} />
    </div>
  );
}
