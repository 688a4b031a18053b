import { App, Breadcrumb } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useT } from '../../i18n/useT';
import { AllocationForm } from '../../modules/matching/components/AllocationForm';
import { useMatchingMutations } from '../../modules/matching/hooks/useMatchingMutations';
import type { CreateAllocationPayload } from '../../modules/matching/types';
import { PageHeading } from '../../ui/PageHeading';

/** A new batch allocation: computed at once as a draft, which the operator then reviews and approves. */
export function AllocationCreatePage() {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { createAllocation } = useMatchingMutations();

  async function handleSubmit(payload: CreateAllocationPayload) {
    const created = await createAllocation(payload);
    void message.success(t('matching.allocations.computed', { title: created.title }));
    await navigate(`/console/allocations/${created.id}`);
  }

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[{ title: <Link to="/console/allocations">{t('menu.allocations')}</Link> }, { title: t('matching.allocations.create') }]}
      />
      <PageHeading title={t('matching.allocations.create')} description={t('matching.allocations.create.lead')} />
      <AllocationForm onSubmit={handleSubmit} onCancel={() => void navigate('/console/allocations')} />
    </>
  );
}
