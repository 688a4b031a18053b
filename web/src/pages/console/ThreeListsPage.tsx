import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Segmented } from 'antd';
import { useState } from 'react';
import { buildUrl } from '../../api/client';
import { useT } from '../../i18n/useT';
import { CoreProductFormModal } from '../../modules/governance/components/CoreProductFormModal';
import { CoreProductTable } from '../../modules/governance/components/CoreProductTable';
import { type FilterField, GovernanceFilterBar } from '../../modules/governance/components/GovernanceFilterBar';
import { TalentNeedTable } from '../../modules/governance/components/TalentNeedTable';
import { TechnologyNeedFormModal } from '../../modules/governance/components/TechnologyNeedFormModal';
import { TechnologyNeedTable } from '../../modules/governance/components/TechnologyNeedTable';
import { useGovernanceAccess } from '../../modules/governance/hooks/useGovernanceAccess';
import { useGovernanceMutations } from '../../modules/governance/hooks/useGovernanceMutations';
import { useCoreProducts, useTalentNeeds, useTechnologyNeeds } from '../../modules/governance/hooks/useGovernanceQueries';
import { useListFilters } from '../../modules/governance/hooks/useListFilters';
import { type CoreProduct, TECHNOLOGY_NEED_STATUSES, type TechnologyNeed } from '../../modules/governance/types';
import { toQuery } from '../../modules/governance/utils/filters';
import { governanceYears, LIST_VIEWS, type ListView, parseThreeListFilters, ZONE_INDUSTRIES } from '../../modules/governance/utils/listFilters';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeading } from '../../ui/PageHeading';

const EXPORTS: Record<ListView, string> = {
  core: '/api/governance/core-products/export.xlsx',
  needs: '/api/governance/technology-needs/export.xlsx',
  talent: '/api/governance/talent-needs/export.xlsx',
};

/** `/console/three-lists`: 三张清单 — core products, technology needs and talent needs, by industry, exportable. */
export function ThreeListsPage() {
  const t = useT();
  const { message } = App.useApp();
  const { canManage } = useGovernanceAccess();
  const { deleteCoreProduct, deleteTechnologyNeed } = useGovernanceMutations();
  const { filters, updateFilters, resetFilters } = useListFilters(parseThreeListFilters);
  const { view, industry, status, year, q, page, pageSize } = filters;
  const paging = { page, pageSize };
  // Each list takes the filters it has: status for technology needs, the year for talent needs.
  const shownFilters: Record<string, string | number> = view === 'core' ? { industry, q } : view === 'needs' ? { industry, status, q } : { industry, year, q };
  const core = useCoreProducts(view === 'core' ? { ...shownFilters, ...paging } : null);
  const needs = useTechnologyNeeds(view === 'needs' ? { ...shownFilters, ...paging } : null);
  const talent = useTalentNeeds(view === 'talent' ? { ...shownFilters, ...paging } : null);
  const [product, setProduct] = useState<CoreProduct | 'new' | null>(null);
  const [need, setNeed] = useState<TechnologyNeed | 'new' | null>(null);
  const [deleteError, setDeleteError] = useState<unknown>(null);
  const error = (view === 'core' ? core.error : view === 'needs' ? needs.error : talent.error) ?? deleteError;

  const fields: FilterField[] = [
    { kind: 'select', name: 'industry', label: t('gov.field.industry'), options: ZONE_INDUSTRIES.map((value) => ({ value, label: t(`industry.${value}`) })) },
    ...(view === 'needs'
      ? [{ kind: 'select' as const, name: 'status', label: t('gov.field.status'), options: TECHNOLOGY_NEED_STATUSES.map((value) => ({ value, label: t(`gov.needStatus.${value}`) })) }]
      : []),
    ...(view === 'talent' ? [{ kind: 'year' as const, name: 'year', label: t('gov.filter.published'), years: governanceYears() }] : []),
    { kind: 'text', name: 'q', label: t('common.search'), placeholder: t(`gov.lists.searchHint.${view}`) },
  ];

  function handleSaved() {
    void message.success(t('gov.lists.saved'));
    setProduct(null);
    setNeed(null);
    core.reload();
    needs.reload();
  }

  async function handleDelete(remove: () => Promise<void>) {
    setDeleteError(null);
    try {
      await remove();
      void message.success(t('gov.lists.deleted'));
      core.reload();
      needs.reload();
    } catch (caught) {
      setDeleteError(caught);
    }
  }

  const onPageChange = (nextPage: number, nextPageSize: number) => updateFilters({ page: nextPage, pageSize: nextPageSize });
  return (
    <>
      <PageHeading
        title={t('menu.threeLists')}
        description={t('gov.lists.lead')}
        extra={
          <>
            {canManage && view === 'core' ? (
              <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setProduct('new')}>
                {t('gov.lists.addProduct')}
              </Button>
            ) : null}
            {canManage && view === 'needs' ? (
              <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setNeed('new')}>
                {t('gov.lists.addNeed')}
              </Button>
            ) : null}
            <Button href={buildUrl(EXPORTS[view], toQuery(shownFilters))} download icon={<DownloadOutlined aria-hidden="true" />}>
              {t('gov.lists.export')}
            </Button>
          </>
        }
      />
      <Flex vertical gap={16}>
        <Segmented<ListView>
          aria-label={t('gov.lists.view')}
          value={view}
          options={LIST_VIEWS.map((value) => ({ value, label: t(`gov.lists.${value}`) }))}
          onChange={(next) => updateFilters({ view: next, status: '', year: '' })}
        />
        <Card variant="outlined">
          <GovernanceFilterBar key={view} id={`list-filter-${view}`} label={t('gov.filters')} fields={fields} values={filters} onChange={updateFilters} onReset={resetFilters} />
          {error ? <ErrorAlert error={error} /> : null}
          {view === 'core' ? (
            <CoreProductTable
              page={core.data}
              isLoading={core.isLoading}
              onPageChange={onPageChange}
              onEdit={canManage ? setProduct : undefined}
              onDelete={canManage ? (p) => void handleDelete(() => deleteCoreProduct(p.id, p.version)) : undefined}
            />
          ) : null}
          {view === 'needs' ? (
            <TechnologyNeedTable
              page={needs.data}
              isLoading={needs.isLoading}
              onPageChange={onPageChange}
              onEdit={canManage ? setNeed : undefined}
              onDelete={canManage ? (n) => void handleDelete(() => deleteTechnologyNeed(n.id, n.version)) : undefined}
            />
          ) : null}
          {view === 'talent' ? <TalentNeedTable page={talent.data} isLoading={talent.isLoading} onPageChange={onPageChange} /> : null}
        </Card>
      </Flex>
      {canManage ? (
        <>
          <CoreProductFormModal isOpen={product !== null} product={product === 'new' ? null : product} onClose={() => setProduct(null)} onSaved={handleSaved} />
          <TechnologyNeedFormModal isOpen={need !== null} need={need === 'new' ? null : need} onClose={() => setNeed(null)} onSaved={handleSaved} />
        </>
      ) : null}
    </>
  );
}
