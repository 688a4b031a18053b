import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Tabs } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useT } from '../../../i18n/useT';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { pickParam } from '../../../ui/urlParams';
import { useCanBook } from '../hooks/useCanBook';
import { useTrainingBases } from '../hooks/useTrainingQueries';
import type { TrainingBase } from '../types';
import { BaseFormModal } from './BaseFormModal';
import { BaseTable } from './BaseTable';
import { BookingsPanel } from './BookingsPanel';
import { CalendarPanel } from './CalendarPanel';
import { UtilisationPanel } from './UtilisationPanel';

const TABS = ['calendar', 'bases', 'bookings', 'utilisation'] as const;
type Tab = (typeof TABS)[number];

/** 实训基地: the booking calendar, the bases, the bookings and (for zone staff) utilisation, one tab each. */
export function TrainingWorkspace() {
  const t = useT();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const { canBook, isOperator, isZoneWide } = useCanBook();
  const { data, error, isLoading, reload } = useTrainingBases();
  const [editing, setEditing] = useState<TrainingBase | 'new' | null>(null);
  const bases = data?.items ?? [];
  const tab: Tab = pickParam(params.get('tab'), TABS) || 'calendar';
  const baseId = params.get('base') ?? bases.find((b) => b.status === 'operating')?.id ?? bases[0]?.id;

  function go(next: { tab?: Tab; base?: string }) {
    const updated = new URLSearchParams(params);
    if (next.tab) updated.set('tab', next.tab);
    if (next.base) updated.set('base', next.base);
    setParams(updated, { replace: true });
  }

  function handleBaseSaved(saved: TrainingBase) {
    void message.success(t('training.base.saved', { name: saved.name }));
    setEditing(null);
    reload();
  }

  const items = [
    {
      key: 'calendar',
      label: t('training.tab.calendar'),
      children: <CalendarPanel bases={bases} baseId={baseId} onBaseChange={(base) => go({ base })} canBook={canBook} isOperator={isOperator} />,
    },
    {
      key: 'bases',
      label: t('training.tab.bases'),
      children: (
        <Flex vertical gap={12}>
          {isOperator ? (
            <Flex justify="end">
              <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setEditing('new')}>
                {t('training.base.createTitle')}
              </Button>
            </Flex>
          ) : null}
          <BaseTable bases={bases} isLoading={isLoading} onShowCalendar={(b) => go({ tab: 'calendar', base: b.id })} {...(isOperator ? { onEdit: setEditing } : {})} />
        </Flex>
      ),
    },
    {
      key: 'bookings',
      label: isZoneWide ? t('training.tab.bookings') : t('training.tab.ownBookings'),
      children: <BookingsPanel bases={bases} canBook={canBook} isOperator={isOperator} isZoneWide={isZoneWide} />,
    },
    ...(isZoneWide ? [{ key: 'utilisation', label: t('training.tab.utilisation'), children: <UtilisationPanel /> }] : []),
  ];

  return (
    <Card variant="outlined">
      {error ? <ErrorAlert error={error} /> : null}
      <Tabs activeKey={tab} onChange={(key) => go({ tab: key as Tab })} items={items} destroyOnHidden />
      {isOperator ? (
        <BaseFormModal isOpen={editing !== null} base={editing === 'new' ? null : editing} onClose={() => setEditing(null)} onSaved={handleBaseSaved} />
      ) : null}
    </Card>
  );
}
