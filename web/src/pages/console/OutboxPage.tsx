import { Card, Col, Form, Row } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { OutboxTable } from '../../modules/matching/components/OutboxTable';
import { type OutboxFilters, useOutbox } from '../../modules/matching/hooks/useOutbox';
import { DELIVERY_STATUSES } from '../../modules/matching/types';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { FilterSelect } from '../../ui/FilterSelect';
import { PageHeading } from '../../ui/PageHeading';
import { DEFAULT_PAGE_SIZE } from '../../ui/urlParams';

/** 消息发件箱: what seekers were told (recommendations, answers to applications) and whether it reached them. */
export function OutboxPage() {
  const t = useT();
  const [filters, setFilters] = useState<OutboxFilters>({ status: '', page: 1, pageSize: DEFAULT_PAGE_SIZE });
  const { data, error, isLoading } = useOutbox(filters);
  return (
    <>
      <PageHeading title={t('menu.outbox')} description={t('matching.outbox.lead')} />
      <Card variant="outlined">
        <Form layout="vertical" aria-label={t('matching.outbox.filters')}>
          <Row gutter={12}>
            <Col xs={24} sm={12} lg={6}>
              <FilterSelect
                id="outbox-filter-status"
                label={t('matching.outbox.field.delivery')}
                value={filters.status}
                options={DELIVERY_STATUSES.map((value) => ({ value, label: t(`matching.outbox.status.${value}`) }))}
                onChange={(status) => setFilters((current) => ({ ...current, status, page: 1 }))}
              />
            </Col>
          </Row>
        </Form>
        {error ? (
          <div style={{ marginBottom: 16 }}>
            <ErrorAlert error={error} />
          </div>
        ) : null}
        <div aria-live="polite" className="sr-only">
          {data ? t('common.totalItems', { total: data.total }) : ''}
        </div>
        <OutboxTable page={data} isLoading={isLoading} onPageChange={(page, pageSize) => setFilters((current) => ({ ...current, page, pageSize }))} />
      </Card>
    </>
  );
}
