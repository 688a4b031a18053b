import { Card, Empty, Flex, Pagination, Segmented, Spin, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { useLanguage } from '../i18n/useLanguage';
import { useT } from '../i18n/useT';
import { usePublicBulletins } from '../modules/bulletins/hooks/useBulletins';
import { formatIssueDate } from '../modules/bulletins/utils/format';
import { ErrorAlert } from '../ui/ErrorAlert';
import { LabelTag } from '../ui/LabelTag';
import { useDocumentTitle } from '../ui/useDocumentTitle';

const ALL = 'all';

/** 招聘信息 on the portal: the published issues, newest first, by year. */
export function PublicBulletinsPage() {
  const t = useT();
  const language = useLanguage();
  const [params, setParams] = useSearchParams();
  const yearParam = Number(params.get('year'));
  const year = Number.isInteger(yearParam) && yearParam > 0 ? yearParam : '';
  const pageParam = Number(params.get('page'));
  const page = Number.isInteger(pageParam) && pageParam > 0 ? pageParam : 1;
  const { data, error, isLoading } = usePublicBulletins(year, page);
  useDocumentTitle(t('bulletins.public.title'));

  function update(next: { year?: number | ''; page?: number }) {
    const search = new URLSearchParams();
    const nextYear = next.year === undefined ? year : next.year;
    const nextPage = next.page ?? 1;
    if (nextYear !== '') search.set('year', String(nextYear));
    if (nextPage > 1) search.set('page', String(nextPage));
    setParams(search, { replace: true });
  }

  const years = data?.years ?? [];
  return (
    <div className="qiao-container" style={{ paddingBlock: 24, maxWidth: 880 }}>
      <Typography.Title level={1} className="qiao-page-heading" style={{ fontSize: 26 }}>
        {t('bulletins.public.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('bulletins.public.lead')}</Typography.Paragraph>
      {years.length > 1 ? (
        <nav aria-label={t('bulletins.public.years')} style={{ marginBottom: 16, overflowX: 'auto' }}>
          <Segmented<string>
            value={year === '' ? ALL : String(year)}
            onChange={(value) => update({ year: value === ALL ? '' : Number(value) })}
            options={[{ value: ALL, label: t('common.all') }, ...years.map((y) => ({ value: String(y), label: t('bulletins.yearLabel', { year: y }) }))]}
          />
        </nav>
      ) : null}
      {error ? <ErrorAlert error={error} /> : null}
      <Spin spinning={isLoading}>
        {data && data.items.length === 0 ? <Empty description={t('bulletins.public.empty')} /> : null}
        <ul aria-label={t('bulletins.public.listLabel')} style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 12 }}>
          {(data?.items ?? []).map((b) => (
            <li key={b.id}>
              <Card variant="outlined" size="small" styles={{ body: { padding: 16 } }}>
                <Flex wrap gap={8} align="center" style={{ marginBottom: 6 }}>
                  <LabelTag tone="info">{t('bulletins.issueOfYear', { year: b.year, n: b.issueNo })}</LabelTag>
                  <Typography.Text type="secondary">{formatIssueDate(b.publishedAt, language)}</Typography.Text>
                </Flex>
                <Typography.Title level={2} style={{ fontSize: 17, margin: '0 0 6px' }}>
                  <Link to={`/bulletins/${b.id}`}>{b.title}</Link>
                </Typography.Title>
                <Typography.Text>
                  {t('bulletins.public.counts', { enterprises: b.enterpriseCount, positions: b.positionCount })}
                </Typography.Text>
              </Card>
            </li>
          ))}
        </ul>
      </Spin>
      {data && data.total > data.pageSize ? (
        <Flex justify="center" style={{ marginTop: 16 }}>
          <Pagination simple current={data.page} pageSize={data.pageSize} total={data.total} onChange={(p) => update({ page: p })} />
        </Flex>
      ) : null}
    </div>
  );
}
