import { CheckCircleOutlined, EditOutlined, StopOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Popconfirm, Tabs } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useT } from '../../../i18n/useT';
import { ButtonLink } from '../../../ui/ButtonLink';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeading } from '../../../ui/PageHeading';
import { pickParam } from '../../../ui/urlParams';
import { useFairAccess } from '../hooks/useFairAccess';
import { useFairMutations } from '../hooks/useFairMutations';
import { useBooths } from '../hooks/useFairQueries';
import type { Fair } from '../types';
import { BoothsPanel } from './BoothsPanel';
import { FairOverviewPanel } from './FairOverviewPanel';
import { FairStatsPanel } from './FairStatsPanel';
import { FollowUpPanel } from './FollowUpPanel';
import { IntentsPanel } from './IntentsPanel';
import { OwnBoothCard } from './OwnBoothCard';
import { ReasonModal } from '../../../ui/ReasonModal';
import { RegistrationsPanel } from './RegistrationsPanel';
import { SurveyPanel } from './SurveyPanel';

const TABS = ['overview', 'booths', 'registrations', 'stats', 'intents', 'followUp', 'survey'] as const;
type Tab = (typeof TABS)[number];

export type FairDetailViewProps = { fair: Fair; onChanged: () => void };

/** One fair: actions in the heading, then one tab per task the viewer has (managers, government, an enterprise). */
export function FairDetailView({ fair, onChanged }: FairDetailViewProps) {
  const t = useT();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const { isOperator, isGovernment, isEnterprise, organisationId } = useFairAccess();
  const { publishFair, cancelFair } = useFairMutations();
  const [isCancelling, setCancelling] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);
  const isEnterpriseView = isEnterprise && !fair.canManage;
  const ownBooths = useBooths(fair.id, isEnterpriseView);
  const ownBooth = (ownBooths.data?.items ?? []).find((b) => b.organisation.id === organisationId) ?? null;
  const hadBooth = ownBooth?.status === 'approved';

  const visible: Tab[] = fair.canManage
    ? ['overview', 'booths', 'registrations', 'stats', 'intents', ...(isOperator ? (['followUp'] as const) : []), 'survey']
    : isGovernment
      ? ['overview', 'registrations', 'stats', 'survey']
      : isEnterpriseView && ownBooth
        ? ['overview', 'intents', 'stats', ...(hadBooth && fair.surveySentAt ? (['survey'] as const) : [])]
        : ['overview'];
  const asked = pickParam(params.get('tab'), TABS);
  const tab: Tab = asked && visible.includes(asked) ? asked : 'overview';

  function handleTabChange(key: string) {
    const updated = new URLSearchParams(params);
    updated.set('tab', key);
    setParams(updated, { replace: true });
  }

  function handleBoothChanged() {
    ownBooths.reload();
    onChanged();
  }

  async function handlePublish() {
    setActionError(null);
    try {
      await publishFair(fair);
      void message.success(t('fairs.published'));
      onChanged();
    } catch (caught) {
      setActionError(caught);
    }
  }

  async function handleCancel(reason: string) {
    await cancelFair(fair, reason);
    void message.success(t('fairs.cancelled'));
    setCancelling(false);
    onChanged();
  }

  const panels: Record<Tab, { label: string; node: React.ReactNode }> = {
    overview: {
      label: t('fairs.tab.overview'),
      node: <FairOverviewPanel fair={fair} ownBooth={isEnterpriseView ? <OwnBoothCard fair={fair} booth={ownBooth} onChanged={handleBoothChanged} /> : undefined} />,
    },
    booths: { label: t('fairs.tab.booths'), node: <BoothsPanel fair={fair} onChanged={onChanged} /> },
    registrations: { label: t('fairs.tab.registrations'), node: <RegistrationsPanel fair={fair} /> },
    stats: { label: t('fairs.tab.stats'), node: <FairStatsPanel fair={fair} isEnterprise={isEnterpriseView} /> },
    intents: { label: isEnterpriseView ? t('fairs.tab.ownIntents') : t('fairs.tab.intents'), node: <IntentsPanel fair={fair} isEnterprise={isEnterpriseView} /> },
    followUp: { label: t('fairs.tab.followUp'), node: <FollowUpPanel fair={fair} /> },
    survey: {
      label: t('fairs.tab.survey'),
      node: <SurveyPanel fair={fair} canSend={isOperator} canReadResults={fair.canManage || isGovernment} canAnswer={isEnterpriseView && hadBooth} onChanged={onChanged} />,
    },
  };

  const canEdit = fair.canManage && fair.status !== 'cancelled' && fair.phase !== 'over';
  return (
    <>
      <PageHeading
        title={fair.title}
        extra={
          canEdit ? (
            <>
              <ButtonLink to={`/console/fairs/${fair.id}/edit`} icon={<EditOutlined aria-hidden="true" />}>
                {t('common.edit')}
              </ButtonLink>
              {fair.status === 'draft' ? (
                <Popconfirm title={t('fairs.publishConfirm')} okText={t('fairs.publish')} cancelText={t('common.cancel')} onConfirm={() => void handlePublish()}>
                  <Button type="primary" icon={<CheckCircleOutlined aria-hidden="true" />}>
                    {t('fairs.publish')}
                  </Button>
                </Popconfirm>
              ) : null}
              <Button danger icon={<StopOutlined aria-hidden="true" />} onClick={() => setCancelling(true)}>
                {t('fairs.cancel')}
              </Button>
            </>
          ) : null
        }
      />
      <Flex vertical gap={12}>
        {actionError ? <ErrorAlert error={actionError} /> : null}
        {ownBooths.error ? <ErrorAlert error={ownBooths.error} /> : null}
        <Card variant="outlined">
          <Tabs activeKey={tab} onChange={handleTabChange} destroyOnHidden items={visible.map((key) => ({ key, label: panels[key].label, children: panels[key].node }))} />
        </Card>
      </Flex>
      <ReasonModal
        isOpen={isCancelling}
        title={t('fairs.cancelTitle', { title: fair.title })}
        label={t('fairs.cancelReason')}
        submitLabel={t('fairs.cancel')}
        onSubmit={handleCancel}
        onClose={() => setCancelling(false)}
      />
    </>
  );
}
