import { Empty, Flex, Segmented, Spin, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { useT } from '../i18n/useT';
import { FairCard } from '../modules/fair-day/components/FairCard';
import { usePublicFairs } from '../modules/fair-day/hooks/useFairDayQueries';
import type { PublicFair } from '../modules/fairs/types';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { FAIR_KINDS, type FairKind } from '../../../src/modules/fairs/fairs.codes';
import '../modules/fair-day/fair-day.css';

const ALL = 'all';

function isKind(value: string | null): value is FairKind {
  return (FAIR_KINDS as readonly string[]).includes(value ?? '');
}

/** `/fairs`: the fair calendar — what is coming (soonest first) and what has been (latest first). */
export function FairsPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const kindParam = params.get('kind');
  const kind = isKind(kindParam) ? kindParam : null;
  const { data, error, isLoading } = usePublicFairs();
  useDocumentTitle(t('fairDay.list.title'));

  const fairs = (data?.items ?? []).filter((fair) => kind === null || fair.kind === kind);
  const upcoming = fairs.filter((fair) => fair.phase !== 'over').sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const past = fairs.filter((fair) => fair.phase === 'over').sort((a, b) => b.startsAt.localeCompare(a.startsAt));

  function section(id: string, title: string, items: PublicFair[], empty: string) {
    return (
      <section aria-labelledby={id} style={{ marginTop: 20 }}>
        <Typography.Title level={2} id={id} style={{ fontSize: 20 }}>
          {title}
        </Typography.Title>
        {items.length === 0 && data ? <Empty description={empty} /> : null}
        <ul style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 12 }}>
          {items.map((fair) => (
            <li key={fair.id}>
              <FairCard fair={fair} />
            </li>
          ))}
        </ul>
      </section>
    );
  }

  return (
    <div className="qiao-container qiao-fair-day" style={{ paddingBlock: 24, maxWidth: 880 }}>
      <Typography.Title level={1} className="qiao-page-heading" style={{ fontSize: 26 }}>
        {t('fairDay.list.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('fairDay.list.lead')}</Typography.Paragraph>
      <nav aria-label={t('fairDay.list.kinds')} style={{ overflowX: 'auto' }}>
        <Segmented<string>
          size="large"
          value={kind ?? ALL}
          onChange={(value) => setParams(value === ALL ? {} : { kind: value }, { replace: true })}
          options={[{ value: ALL, label: t('common.all') }, ...FAIR_KINDS.map((k) => ({ value: k, label: t(`fairDay.kind.${k}`) }))]}
        />
      </nav>
      <ErrorAlert error={error} />
      <Spin spinning={isLoading}>
        <Flex vertical>
          {section('fairs-upcoming', t('fairDay.list.upcoming'), upcoming, t('fairDay.list.noUpcoming'))}
          {section('fairs-past', t('fairDay.list.past'), past, t('fairDay.list.noPast'))}
        </Flex>
      </Spin>
    </div>
  );
}
