import { App, Button, Card, Descriptions, Flex, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useT } from '../../i18n/useT';
import { LegalStatusTag } from '../../modules/techtransfer/components/LegalStatusTag';
import { PatentFormModal } from '../../modules/techtransfer/components/PatentFormModal';
import { PatentStatusModal } from '../../modules/techtransfer/components/PatentStatusModal';
import { TransferFormModal } from '../../modules/techtransfer/components/TransferFormModal';
import { TransferTable } from '../../modules/techtransfer/components/TransferTable';
import { usePatent } from '../../modules/techtransfer/hooks/useTechTransfer';
import { ButtonLink } from '../../ui/ButtonLink';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { formatDate } from '../../ui/format';
import { LoadingBlock } from '../../ui/LoadingBlock';
import { PageHeading } from '../../ui/PageHeading';

/** One patent: its details and owners, its legal-status history, its transfers and licences. */
export function PatentDetailPage() {
  const t = useT();
  const { id } = useParams();
  const { message } = App.useApp();
  const { data: patent, error, reload } = usePatent(id);
  const [dialog, setDialog] = useState<'edit' | 'status' | 'transfer' | null>(null);

  if (error) return <ErrorAlert error={error} />;
  if (!patent) return <LoadingBlock minHeight={320} />;

  function handleSaved(done: string) {
    void message.success(done);
    setDialog(null);
    reload();
  }

  return (
    <>
      <PageHeading
        title={patent.title}
        extra={
          <>
            <ButtonLink to="/console/techtransfer?tab=patents">{t('tt.patent.back')}</ButtonLink>
            {patent.canEdit ? (
              <>
                <Button onClick={() => setDialog('edit')}>{t('common.edit')}</Button>
                <Button onClick={() => setDialog('status')}>{t('tt.patent.changeStatus')}</Button>
                {patent.legalStatus !== 'lapsed' ? (
                  <Button type="primary" onClick={() => setDialog('transfer')}>
                    {t('tt.transfer.create')}
                  </Button>
                ) : null}
              </>
            ) : null}
          </>
        }
      />
      <Flex vertical gap={16}>
        <Card variant="outlined">
          <Descriptions
            column={{ xs: 1, md: 2 }}
            items={[
              { key: 'number', label: t('tt.field.applicationNumber'), children: patent.applicationNumber },
              { key: 'type', label: t('tt.field.patentType'), children: t(`tt.patentType.${patent.type}`) },
              { key: 'owners', label: t('tt.field.owners'), children: patent.owners.map((o) => o.name).join('；') },
              { key: 'inventors', label: t('tt.field.inventors'), children: patent.inventors.join('、') || '—' },
              { key: 'filed', label: t('tt.field.filedOn'), children: formatDate(patent.filedOn) },
              { key: 'granted', label: t('tt.field.grantedOn'), children: formatDate(patent.grantedOn) },
              { key: 'status', label: t('tt.field.legalStatus'), children: <LegalStatusTag status={patent.legalStatus} /> },
              { key: 'statusOn', label: t('tt.field.legalStatusOn'), children: formatDate(patent.legalStatusOn) },
            ]}
          />
        </Card>
        <Card variant="outlined" title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('tt.patent.history')}</Typography.Title>}>
          <Timeline
            items={patent.history.map((event) => ({
              key: `${event.effectiveOn}:${event.recordedAt}`,
              content: `${formatDate(event.effectiveOn)} ${t(`tt.legalStatus.${event.status}`)}${event.note ? ` · ${event.note}` : ''}`,
            }))}
          />
        </Card>
        <Card variant="outlined" title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('tt.patent.transfers')}</Typography.Title>}>
          <TransferTable transfers={patent.transfers} isWithinPatent />
        </Card>
      </Flex>
      {patent.canEdit ? (
        <>
          <PatentFormModal isOpen={dialog === 'edit'} patent={patent} onClose={() => setDialog(null)} onSaved={() => handleSaved(t('tt.saved'))} />
          <PatentStatusModal isOpen={dialog === 'status'} patent={patent} onClose={() => setDialog(null)} onSaved={() => handleSaved(t('tt.patent.statusChanged'))} />
          <TransferFormModal isOpen={dialog === 'transfer'} patent={patent} onClose={() => setDialog(null)} onSaved={() => handleSaved(t('tt.transfer.created'))} />
        </>
      ) : null}
    </>
  );
}
