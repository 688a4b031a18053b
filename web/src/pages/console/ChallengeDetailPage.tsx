import { Alert, App, Button, Card, Descriptions, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useAuth } from '../../modules/auth/hooks/useAuth';
import { useLanguage } from '../../i18n/useLanguage';
import { useT } from '../../i18n/useT';
import { ChallengeActionBar } from '../../modules/techtransfer/components/ChallengeActionBar';
import { ChallengeFormModal } from '../../modules/techtransfer/components/ChallengeFormModal';
import { ChallengeStatusTag } from '../../modules/techtransfer/components/ChallengeStatusTag';
import { ProposalsCard } from '../../modules/techtransfer/components/ProposalsCard';
import { useChallenge, useProposals } from '../../modules/techtransfer/hooks/useTechTransfer';
import { moneyText } from '../../modules/techtransfer/utils/format';
import { ButtonLink } from '../../ui/ButtonLink';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { formatDate, formatDateTime } from '../../ui/format';
import { LoadingBlock } from '../../ui/LoadingBlock';
import { PageHeading } from '../../ui/PageHeading';

/** One challenge: what the enterprise asks, where it stands, the next steps and the proposals. */
export function ChallengeDetailPage() {
  const t = useT();
  const language = useLanguage();
  const { id } = useParams();
  const { me } = useAuth();
  const { message } = App.useApp();
  const challenge = useChallenge(id);
  // Government reads challenges but not the proposals (the enterprise's and the proposer's business).
  const proposals = useProposals(id, me?.role !== 'government');
  const [isEditing, setEditing] = useState(false);
  const data = challenge.data;

  if (challenge.error) return <ErrorAlert error={challenge.error} />;
  if (!data) return <LoadingBlock minHeight={320} />;

  function refresh() {
    challenge.reload();
    proposals.reload();
  }

  return (
    <>
      <PageHeading
        title={data.title}
        extra={
          <>
            <ButtonLink to="/console/challenges">{t('tt.challenge.back')}</ButtonLink>
            {data.canEdit ? <Button onClick={() => setEditing(true)}>{t('common.edit')}</Button> : null}
          </>
        }
      />
      <Flex vertical gap={16}>
        {data.statusReason ? <Alert type="warning" showIcon title={t(`tt.challenge.reason.${data.status === 'cancelled' ? 'cancelled' : 'returned'}`)} description={data.statusReason} /> : null}
        <Card variant="outlined">
          <Descriptions
            column={{ xs: 1, md: 2 }}
            items={[
              { key: 'status', label: t('tt.field.status'), children: <ChallengeStatusTag status={data.status} /> },
              { key: 'org', label: t('tt.field.enterprise'), children: data.organisationName },
              { key: 'industry', label: t('tt.field.industry'), children: t(`industry.${data.industry}`) },
              { key: 'budget', label: t('tt.field.budget'), children: moneyText(data.budgetFen, language) },
              { key: 'deadline', label: t('tt.field.deadline'), children: formatDate(data.deadline) },
              { key: 'published', label: t('tt.field.publishedAt'), children: formatDateTime(data.publishedAt, language) },
              { key: 'awarded', label: t('tt.field.awardedTo'), children: data.awardedProposal ? `${data.awardedProposal.organisationName}（${t(`tt.proposalStatus.${data.awardedProposal.status}`)}）` : '—' },
              { key: 'contract', label: t('tt.field.contract'), children: data.contractNumber ?? '—' },
            ]}
          />
          <Typography.Title level={2} style={{ fontSize: 16, marginTop: 16 }}>
            {t('tt.field.description')}
          </Typography.Title>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{data.description}</Typography.Paragraph>
          <ChallengeActionBar challenge={data} onChanged={refresh} />
        </Card>
        {me?.role !== 'government' ? <ProposalsCard challenge={data} proposals={proposals.data?.items ?? []} error={proposals.error} onChanged={refresh} /> : null}
      </Flex>
      {data.canEdit ? (
        <ChallengeFormModal
          isOpen={isEditing}
          challenge={data}
          isOnBehalf={false}
          onClose={() => setEditing(false)}
          onSaved={() => {
            void message.success(t('tt.saved'));
            setEditing(false);
            refresh();
          }}
        />
      ) : null}
    </>
  );
}
