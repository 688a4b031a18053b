import { App, Button, Card, Flex, List, Popconfirm, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useLanguage } from '../../../i18n/useLanguage';
import { useT } from '../../../i18n/useT';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useTechTransferMutations } from '../hooks/useTechTransferMutations';
import type { Challenge, Proposal } from '../types';
import { moneyText } from '../utils/format';
import { ProposalFormModal } from './ProposalFormModal';

export type ProposalsCardProps = {
  challenge: Challenge;
  proposals: Proposal[];
  error: unknown;
  onChanged: () => void;
};

const STATUS_COLOURS: Record<Proposal['status'], string> = { submitted: 'processing', selected: 'orange', awarded: 'success', not_selected: 'default', withdrawn: 'default' };

/**
 * 揭榜方案: all of them for the enterprise and the operator, its own for a proposer. The
 * enterprise chooses one while the challenge is under review; a proposer edits or withdraws its own.
 */
export function ProposalsCard({ challenge, proposals, error, onChanged }: ProposalsCardProps) {
  const t = useT();
  const language = useLanguage();
  const { message } = App.useApp();
  const { actOnChallenge, withdrawProposal } = useTechTransferMutations();
  const [editing, setEditing] = useState<Proposal | null>(null);
  const [isProposing, setProposing] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);
  const canSelect = challenge.actions.includes('select');

  async function handle(action: () => Promise<unknown>, done: string) {
    setActionError(null);
    try {
      await action();
      void message.success(done);
      onChanged();
    } catch (caught) {
      setActionError(caught);
    }
  }

  return (
    <Card
      variant="outlined"
      title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('tt.proposal.title', { count: proposals.length })}</Typography.Title>}
      extra={
        challenge.canPropose ? (
          <Button type="primary" onClick={() => setProposing(true)}>
            {t('tt.proposal.create')}
          </Button>
        ) : null
      }
    >
      {error ? <ErrorAlert error={error} /> : null}
      {actionError ? <ErrorAlert error={actionError} /> : null}
      <List<Proposal>
        dataSource={proposals}
        locale={{ emptyText: t('tt.proposal.empty') }}
        renderItem={(p) => (
          <List.Item
            key={p.id}
            actions={[
              canSelect && p.status === 'submitted' ? (
                <Popconfirm
                  key="select"
                  title={t('tt.challengeAction.select.confirm')}
                  okText={t('common.yes')}
                  cancelText={t('common.no')}
                  onConfirm={() => handle(() => actOnChallenge(challenge.id, { action: 'select', proposalId: p.id, version: challenge.version }), t('tt.proposal.selected'))}
                >
                  <Button type="primary" size="small" aria-label={t('tt.proposal.selectFor', { name: p.organisationName })}>
                    {t('tt.challengeAction.select')}
                  </Button>
                </Popconfirm>
              ) : null,
              p.canEdit ? (
                <Button key="edit" size="small" onClick={() => setEditing(p)}>
                  {t('common.edit')}
                </Button>
              ) : null,
              p.id === challenge.myProposalId && p.status === 'submitted' && (challenge.status === 'open' || challenge.status === 'reviewing') ? (
                <Popconfirm
                  key="withdraw"
                  title={t('tt.proposal.withdraw.confirm')}
                  okText={t('common.yes')}
                  cancelText={t('common.no')}
                  onConfirm={() => handle(() => withdrawProposal(p.id, p.version), t('tt.proposal.withdrawn'))}
                >
                  <Button size="small" danger>
                    {t('tt.proposal.withdraw')}
                  </Button>
                </Popconfirm>
              ) : null,
            ].filter(Boolean)}
          >
            <List.Item.Meta
              title={
                <Flex wrap gap={8} align="center">
                  <span>{p.title}</span>
                  <Tag color={STATUS_COLOURS[p.status]}>{t(`tt.proposalStatus.${p.status}`)}</Tag>
                </Flex>
              }
              description={
                <>
                  <div>{t('tt.proposal.meta', { organisation: p.organisationName, quote: moneyText(p.quotedFen, language), months: p.durationMonths })}</div>
                  <Typography.Paragraph style={{ margin: '8px 0 0', whiteSpace: 'pre-wrap' }}>{p.approach}</Typography.Paragraph>
                </>
              }
            />
          </List.Item>
        )}
      />
      <ProposalFormModal
        isOpen={isProposing || editing !== null}
        challengeId={challenge.id}
        proposal={editing}
        onClose={() => {
          setProposing(false);
          setEditing(null);
        }}
        onSaved={() => {
          void message.success(editing ? t('tt.saved') : t('tt.proposal.submitted'));
          setProposing(false);
          setEditing(null);
          onChanged();
        }}
      />
    </Card>
  );
}
