import { CheckOutlined } from '@ant-design/icons';
import { Alert, App, Breadcrumb, Button, Card, Col, Flex, Popconfirm, Result, Row, Statistic, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useLanguage } from '../../../i18n/useLanguage';
import { useT } from '../../../i18n/useT';
import { ButtonLink } from '../../../ui/ButtonLink';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { formatDateTime } from '../../../ui/format';
import { FormErrorAlert } from '../../../ui/FormErrorAlert';
import { LoadingBlock } from '../../../ui/LoadingBlock';
import { PageHeading } from '../../../ui/PageHeading';
import { useAllocation } from '../hooks/useAllocations';
import { useMatchingMutations } from '../hooks/useMatchingMutations';
import type { ApprovedAllocation } from '../types';
import { AllocationStatusTag } from './AllocationStatusTag';
import { AllocationPositionsTable, UnassignedTable } from './AllocationSummaryTables';
import { AssignmentTable } from './AssignmentTable';
import { SkippedTable } from './SkippedTable';

export type AllocationDetailViewProps = { allocationId: string };

function sectionTitle(text: string) {
  return (
    <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
      {text}
    </Typography.Title>
  );
}

/** A batch allocation: its figures, who went where and why; a draft is approved (minus exclusions) or discarded. */
export function AllocationDetailView({ allocationId }: AllocationDetailViewProps) {
  const t = useT();
  const language = useLanguage();
  const { message } = App.useApp();
  const { data: allocation, error, isLoading, reload } = useAllocation(allocationId);
  const { approveAllocation, discardAllocation } = useMatchingMutations();
  const [excludedIds, setExcludedIds] = useState<Set<string>>(new Set());
  const [approval, setApproval] = useState<ApprovedAllocation | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);

  if (error?.status === 404) {
    return (
      <Result
        status="404"
        title={<h1 style={{ fontSize: 24, margin: 0 }}>{t('matching.allocation.notFound')}</h1>}
        extra={<ButtonLink to="/console/allocations">{t('menu.allocations')}</ButtonLink>}
      />
    );
  }
  if (error) {
    return (
      <ErrorAlert
        error={error}
        action={
          <Button size="small" onClick={reload}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  }
  if (!allocation) return isLoading ? <LoadingBlock minHeight={320} /> : null;

  const { result } = allocation;
  const isDraft = allocation.status === 'draft';
  const included = result.assignments.filter((a) => !excludedIds.has(a.seekerId)).length;

  /** Popconfirm keeps its OK button busy while these run. */
  async function handleApprove() {
    if (!allocation) return;
    setActionError(null);
    try {
      const approved = await approveAllocation(allocation.id, { version: allocation.version, excludedSeekerIds: [...excludedIds] });
      setApproval(approved);
      void message.success(t('matching.allocation.approved', { count: approved.recommended }));
      reload();
    } catch (caught) {
      setActionError(caught);
    }
  }

  async function handleDiscard() {
    if (!allocation) return;
    setActionError(null);
    try {
      await discardAllocation(allocation.id, allocation.version);
      void message.success(t('matching.allocation.discarded'));
      reload();
    } catch (caught) {
      setActionError(caught);
    }
  }

  function handleReload() {
    setActionError(null);
    setExcludedIds(new Set());
    reload();
  }

  const figures = [
    { key: 'candidates', title: t('matching.allocation.stat.candidates'), value: result.stats.candidates },
    { key: 'positions', title: t('matching.allocation.stat.positions'), value: result.stats.positions },
    { key: 'capacity', title: t('matching.allocation.stat.capacity'), value: result.stats.capacity },
    { key: 'assigned', title: t('matching.allocation.stat.assigned'), value: result.stats.assigned },
    { key: 'blockingPairs', title: t('matching.allocation.stat.blockingPairs'), value: result.stats.blockingPairs },
  ];

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[{ title: <Link to="/console/allocations">{t('menu.allocations')}</Link> }, { title: allocation.title }]}
      />
      <PageHeading
        title={allocation.title}
        description={
          allocation.decidedAt
            ? t('matching.allocation.decidedLine', {
                created: formatDateTime(allocation.createdAt, language),
                decided: formatDateTime(allocation.decidedAt, language),
                version: allocation.weightsVersion,
              })
            : t('matching.allocation.createdLine', { created: formatDateTime(allocation.createdAt, language), version: allocation.weightsVersion })
        }
        extra={
          <>
            <AllocationStatusTag status={allocation.status} />
            {isDraft ? (
              <>
                <Popconfirm
                  title={t('matching.allocation.approve.confirm', { count: included })}
                  description={t('matching.allocation.approve.effect')}
                  okText={t('matching.allocation.approve')}
                  cancelText={t('common.cancel')}
                  onConfirm={handleApprove}
                  okButtonProps={{ disabled: included === 0 }}
                >
                  <Button type="primary" icon={<CheckOutlined aria-hidden="true" />} disabled={included === 0}>
                    {t('matching.allocation.approveCount', { count: included })}
                  </Button>
                </Popconfirm>
                <Popconfirm
                  title={t('matching.allocation.discard.confirm')}
                  description={t('matching.allocation.discard.effect')}
                  okText={t('matching.allocation.discard')}
                  okButtonProps={{ danger: true }}
                  cancelText={t('common.cancel')}
                  onConfirm={handleDiscard}
                >
                  <Button danger>{t('matching.allocation.discard')}</Button>
                </Popconfirm>
              </>
            ) : null}
          </>
        }
      />
      <Flex vertical gap={16}>
        <FormErrorAlert error={actionError} staleTitle={t('matching.allocation.stale')} onReload={handleReload} />
        {approval ? (
          <Card variant="outlined" title={sectionTitle(t('matching.allocation.approval.title'))}>
            <Alert type="success" showIcon title={t('matching.allocation.approved', { count: approval.recommended })} />
            {approval.skipped.length > 0 ? (
              <div style={{ marginTop: 16 }}>
                <Typography.Paragraph>{t('matching.allocation.skipped.lead', { count: approval.skipped.length })}</Typography.Paragraph>
                <SkippedTable skipped={approval.skipped} result={result} />
              </div>
            ) : null}
            <div style={{ marginTop: 16 }}>
              <ButtonLink to="/console/recommendations">{t('matching.allocation.toRecommendations')}</ButtonLink>
            </div>
          </Card>
        ) : null}
        <Card variant="outlined" title={sectionTitle(t('matching.allocation.stats.title'))}>
          <Row gutter={[16, 16]}>
            {figures.map((figure) => (
              <Col key={figure.key} xs={12} md={8} xl={4}>
                <Statistic title={figure.title} value={figure.value} />
              </Col>
            ))}
          </Row>
          <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }}>
            {result.stats.blockingPairs === 0 ? t('matching.allocation.stable') : t('matching.allocation.unstable', { count: result.stats.blockingPairs })}
          </Typography.Paragraph>
        </Card>
        <Card variant="outlined" title={sectionTitle(t('matching.allocation.assignments.title', { count: result.assignments.length }))}>
          {isDraft ? (
            <Typography.Paragraph type="secondary">{t('matching.allocation.assignments.lead', { included, total: result.assignments.length })}</Typography.Paragraph>
          ) : null}
          <AssignmentTable assignments={result.assignments} isEditable={isDraft} excludedIds={excludedIds} onExcludedChange={setExcludedIds} />
        </Card>
        <Card variant="outlined" title={sectionTitle(t('matching.allocation.unassigned.title', { count: result.unassigned.length }))}>
          <UnassignedTable unassigned={result.unassigned} />
        </Card>
        <Card variant="outlined" title={sectionTitle(t('matching.allocation.positions.title'))}>
          <AllocationPositionsTable positions={result.positions} />
        </Card>
      </Flex>
    </>
  );
}
