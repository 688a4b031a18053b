import { App, Flex, Segmented } from 'antd';
import { useState } from 'react';
import { BOOTH_STATUSES, type BoothStatus } from '../../../../../src/modules/fairs/fairs.codes';
import { useT } from '../../../i18n/useT';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useFairMutations } from '../hooks/useFairMutations';
import { useBooths } from '../hooks/useFairQueries';
import type { Booth, Fair } from '../types';
import { suggestBoothNumber } from '../utils/boothNumbers';
import { ApproveBoothModal } from './ApproveBoothModal';
import { BoothTable } from './BoothTable';
import { ReasonModal } from '../../../ui/ReasonModal';

const ORDER: Record<BoothStatus, number> = { pending: 0, approved: 1, rejected: 2, withdrawn: 3 };

export type BoothsPanelProps = { fair: Fair; onChanged: () => void };

/** 展位: every booth of the fair; its managers approve with a booth number or reject with a reason. */
export function BoothsPanel({ fair, onChanged }: BoothsPanelProps) {
  const t = useT();
  const { message } = App.useApp();
  const { rejectBooth } = useFairMutations();
  const { data, error, isLoading, reload } = useBooths(fair.id);
  const [status, setStatus] = useState<BoothStatus | 'all'>('all');
  const [approving, setApproving] = useState<Booth | null>(null);
  const [rejecting, setRejecting] = useState<Booth | null>(null);
  const booths = [...(data?.items ?? [])].sort((a, b) => ORDER[a.status] - ORDER[b.status] || (a.boothNumber ?? '').localeCompare(b.boothNumber ?? ''));
  const shown = status === 'all' ? booths : booths.filter((b) => b.status === status);
  const canDecide = fair.canManage && fair.status !== 'cancelled';

  function handleApproved(booth: Booth) {
    void message.success(t('fairs.booth.approved', { organisation: booth.organisation.name, number: booth.boothNumber ?? '' }));
    setApproving(null);
    reload();
    onChanged();
  }

  async function handleReject(reason: string) {
    if (!rejecting) return;
    await rejectBooth(rejecting, reason);
    void message.success(t('fairs.booth.rejected', { organisation: rejecting.organisation.name }));
    setRejecting(null);
    reload();
    onChanged();
  }

  const count = (s: BoothStatus) => booths.filter((b) => b.status === s).length;
  return (
    <Flex vertical gap={12}>
      <Segmented<BoothStatus | 'all'>
        aria-label={t('fairs.booths.filter')}
        value={status}
        onChange={setStatus}
        options={[
          { value: 'all', label: t('fairs.booths.all', { count: booths.length }) },
          ...BOOTH_STATUSES.map((value) => ({ value, label: `${t(`fairs.boothStatus.${value}`)} ${count(value)}` })),
        ]}
        style={{ alignSelf: 'flex-start', maxWidth: '100%', overflowX: 'auto' }}
      />
      {error ? <ErrorAlert error={error} /> : null}
      <BoothTable booths={shown} isLoading={isLoading} {...(canDecide ? { actions: { onApprove: setApproving, onReject: setRejecting } } : {})} />
      <ApproveBoothModal booth={approving} suggestedNumber={suggestBoothNumber(booths.map((b) => b.boothNumber))} onClose={() => setApproving(null)} onApproved={handleApproved} />
      <ReasonModal
        isOpen={rejecting !== null}
        title={rejecting ? t('fairs.booth.rejectTitle', { organisation: rejecting.organisation.name }) : ''}
        label={t('fairs.booth.rejectReason')}
        submitLabel={t('fairs.booth.reject')}
        onSubmit={handleReject}
        onClose={() => setRejecting(null)}
      />
    </Flex>
  );
}
