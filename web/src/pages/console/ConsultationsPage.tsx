import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { useAuth } from '../../modules/auth/hooks/useAuth';
import { ConsultationFilterBar } from '../../modules/consultations/components/ConsultationFilterBar';
import { ConsultationFormModal } from '../../modules/consultations/components/ConsultationFormModal';
import { ConsultationStatsCard } from '../../modules/consultations/components/ConsultationStatsCard';
import { ConsultationTable } from '../../modules/consultations/components/ConsultationTable';
import { useConsultationFilters } from '../../modules/consultations/hooks/useConsultationFilters';
import { useConsultations } from '../../modules/consultations/hooks/useConsultations';
import type { Consultation } from '../../modules/consultations/types';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeading } from '../../ui/PageHeading';

/** 职业指导: counsellors log consultations; operators and government read the counts per period. */
export function ConsultationsPage() {
  const t = useT();
  const { me } = useAuth();
  const { message } = App.useApp();
  const isOperator = me?.role === 'operator';
  const { filters, updateFilters, resetFilters } = useConsultationFilters();
  const { data, error, isLoading, reload } = useConsultations(filters, isOperator);
  const [editing, setEditing] = useState<Consultation | null>(null);
  const [isLogOpen, setLogOpen] = useState(false);
  const [statsVersion, setStatsVersion] = useState(0);
  // The counts open on the year of the newest consultation on record (the list is newest first).
  const newest = data?.items[0]?.heldOn;
  const latestYear = newest ? Number(newest.slice(0, 4)) : undefined;

  function handleClose() {
    setEditing(null);
    setLogOpen(false);
  }

  function handleSaved(saved: Consultation) {
    void message.success(editing ? t('consult.edit.done') : t('consult.log.done', { name: saved.seekerName }));
    handleClose();
    reload();
    setStatsVersion((n) => n + 1);
  }

  return (
    <>
      <PageHeading
        title={t('menu.consultations')}
        description={isOperator ? t('consult.lead.operator') : t('consult.lead.government')}
        extra={
          isOperator ? (
            <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setLogOpen(true)}>
              {t('consult.log.title')}
            </Button>
          ) : null
        }
      />
      <Flex vertical gap={16}>
        <Card variant="outlined" styles={{ body: { paddingBottom: 0 } }}>
          <ConsultationFilterBar filters={filters} onChange={updateFilters} onReset={resetFilters} />
        </Card>
        <ConsultationStatsCard filters={filters} defaultYear={latestYear} version={statsVersion} />
        {isOperator ? (
          <Card variant="outlined">
            {error ? (
              <div style={{ marginBottom: 16 }}>
                <ErrorAlert error={error} />
              </div>
            ) : null}
            <div aria-live="polite" className="sr-only">
              {data ? t('common.totalItems', { total: data.total }) : ''}
            </div>
            <ConsultationTable
              page={data}
              isLoading={isLoading}
              onPageChange={(page, pageSize) => updateFilters({ page, pageSize })}
              onEdit={setEditing}
            />
          </Card>
        ) : null}
      </Flex>
      {isOperator ? (
        <ConsultationFormModal isOpen={isLogOpen || editing !== null} consultation={editing} onClose={handleClose} onSaved={handleSaved} />
      ) : null}
    </>
  );
}
