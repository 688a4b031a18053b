import { PlusOutlined } from '@ant-design/icons';
import { Card } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { AllocationTable } from '../../modules/matching/components/AllocationTable';
import { useAllocations } from '../../modules/matching/hooks/useAllocations';
import { ButtonLink } from '../../ui/ButtonLink';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeading } from '../../ui/PageHeading';
import { DEFAULT_PAGE_SIZE } from '../../ui/urlParams';

/** 批量分配: stable allocations of many candidates to many positions, each approved by a person. */
export function AllocationsPage() {
  const t = useT();
  const [paging, setPaging] = useState({ page: 1, pageSize: DEFAULT_PAGE_SIZE });
  const { data, error, isLoading } = useAllocations(paging.page, paging.pageSize);
  return (
    <>
      <PageHeading
        title={t('menu.allocations')}
        description={t('matching.allocations.lead')}
        extra={
          <ButtonLink to="/console/allocations/new" type="primary" icon={<PlusOutlined aria-hidden="true" />}>
            {t('matching.allocations.create')}
          </ButtonLink>
        }
      />
      <Card variant="outlined">
        {error ? (
          <div style={{ marginBottom: 16 }}>
            <ErrorAlert error={error} />
          </div>
        ) : null}
        <div aria-live="polite" className="sr-only">
          {data ? t('common.totalItems', { total: data.total }) : ''}
        </div>
        <AllocationTable page={data} isLoading={isLoading} onPageChange={(page, pageSize) => setPaging({ page, pageSize })} />
      </Card>
    </>
  );
}
