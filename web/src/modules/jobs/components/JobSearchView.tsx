import { Button, Card, Col, Flex, Row, Typography } from 'antd';
import { useRef } from 'react';
import { useT } from '../../../i18n/useT';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useIsPhone } from '../../../ui/useIsPhone';
import { useJobSearch } from '../hooks/useJobSearch';
import { usePublicPositions } from '../hooks/usePublicPositions';
import { countFilters } from '../utils/search';
import { JobFilterDrawer } from './JobFilterDrawer';
import { JobFilters } from './JobFilters';
import { JobResults } from './JobResults';
import { JobSearchBox } from './JobSearchBox';
import { JobSortSwitch } from './JobSortSwitch';
import '../jobs.css';

export type JobSearchViewProps = Record<string, never>;

/** 找工作: search box, filters (a drawer on phones, a side panel on desktops), order and results. */
export function JobSearchView(_props: JobSearchViewProps) {
  const t = useT();
  const isPhone = useIsPhone();
  const { search, searchString, updateSearch, clearFilters } = useJobSearch();
  const { data, error, isLoading, reload } = usePublicPositions(search);
  const resultsRef = useRef<HTMLElement>(null);
  const isNarrowed = Boolean(search.q) || countFilters(search) > 0;

  function handlePageChange(page: number) {
    updateSearch({ page });
    resultsRef.current?.scrollIntoView({ block: 'start' });
  }

  const filters = <JobFilters search={search} onChange={updateSearch} onClear={clearFilters} />;
  const results = (
    <section ref={resultsRef} aria-labelledby="jobs-results-title" style={{ scrollMarginTop: 16 }}>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Typography.Title id="jobs-results-title" level={2} style={{ fontSize: 16, margin: 0 }} aria-live="polite">
          {data ? t('jobs.results.count', { total: data.total }) : t('common.loading')}
        </Typography.Title>
        <Flex gap={8} align="center" wrap>
          {isPhone ? <JobFilterDrawer search={search} total={data?.total} onChange={updateSearch} onClear={clearFilters} /> : null}
          <JobSortSwitch value={search.sort} onChange={(sort) => updateSearch({ sort })} />
        </Flex>
      </Flex>
      {error ? (
        <div style={{ marginBottom: 16 }}>
          <ErrorAlert
            error={error}
            action={
              <Button size="small" onClick={reload}>
                {t('common.retry')}
              </Button>
            }
          />
        </div>
      ) : null}
      <JobResults
        page={data}
        isLoading={isLoading}
        fromSearch={searchString}
        onClearAll={isNarrowed ? () => updateSearch({ q: '', regionCode: '', industry: '', educationLevel: '', minSalary: null, isDisabilityFriendly: false }) : undefined}
        onPageChange={handlePageChange}
      />
    </section>
  );

  return (
    <Flex vertical gap={16}>
      <JobSearchBox value={search.q} onSearch={(q) => updateSearch({ q })} />
      {isPhone ? (
        results
      ) : (
        <Row gutter={24} align="top">
          <Col md={8} lg={7}>
            <Card
              variant="outlined"
              size="small"
              title={
                <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
                  {t('jobs.filters.title')}
                </Typography.Title>
              }
            >
              {filters}
            </Card>
          </Col>
          <Col md={16} lg={17}>
            {results}
          </Col>
        </Row>
      )}
    </Flex>
  );
}
