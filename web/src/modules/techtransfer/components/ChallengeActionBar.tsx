import { App, Button, Flex, Form, Input, Popconfirm, Select } from 'antd';
import { useState } from 'react';
import { useFormSubmit } from '../../../api/useFormSubmit';
import { useLanguage } from '../../../i18n/useLanguage';
import { useT } from '../../../i18n/useT';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { FormModal } from '../../../ui/FormModal';
import { useContracts } from '../hooks/useTechTransfer';
import { useTechTransferMutations } from '../hooks/useTechTransferMutations';
import type { Challenge, ChallengeAction } from '../types';
import { moneyText } from '../utils/format';

export type ChallengeActionBarProps = { challenge: Challenge; onChanged: (challenge: Challenge) => void };

/** Actions the server offers the viewer; `select` is taken from a proposal's row instead. */
const DIRECT = ['publish', 'close', 'confirm'] as const;
type DirectAction = (typeof DIRECT)[number];
function isDirect(action: ChallengeAction): action is DirectAction {
  return (DIRECT as readonly string[]).includes(action);
}
const WITH_REASON: ChallengeAction[] = ['return', 'cancel'];

/** The buttons of a challenge's next steps, with the reason or contract some of them need. */
export function ChallengeActionBar({ challenge, onChanged }: ChallengeActionBarProps) {
  const t = useT();
  const language = useLanguage();
  const { message } = App.useApp();
  const { actOnChallenge } = useTechTransferMutations();
  const [pending, setPending] = useState<ChallengeAction | null>(null);
  const [directError, setDirectError] = useState<unknown>(null);
  const [form] = Form.useForm<{ reason?: string; contractId?: string }>();
  const saving = useFormSubmit();
  const isContracting = pending === 'contract';
  const contracts = useContracts(isContracting ? { organisationId: challenge.organisationId, pageSize: 100 } : {});
  const awardedTo = challenge.awardedProposal?.organisationId;
  const contractOptions = (isContracting ? (contracts.data?.items ?? []) : [])
    .filter((c) => c.buyer.organisationId === challenge.organisationId && c.seller.organisationId === awardedTo && c.challengeId === null)
    .map((c) => ({ value: c.id, label: `${c.contractNumber} · ${c.title} · ${moneyText(c.amountFen, language)}` }));

  async function run(action: ChallengeAction, extra: Record<string, unknown> = {}) {
    const updated = await actOnChallenge(challenge.id, { action, version: challenge.version, ...extra });
    void message.success(t('tt.challenge.actionDone', { action: t(`tt.challengeAction.${action}`) }));
    onChanged(updated);
  }

  async function handleDirect(action: ChallengeAction) {
    setDirectError(null);
    try {
      await run(action);
    } catch (caught) {
      setDirectError(caught);
    }
  }

  async function handleFinish(values: { reason?: string; contractId?: string }) {
    if (!pending) return;
    await saving.submit(
      async () => {
        await run(pending, pending === 'contract' ? { contractId: values.contractId } : { reason: values.reason });
        setPending(null);
      },
      { form, fields: ['reason', 'contractId'] },
    );
  }

  const actions = challenge.actions.filter((a) => a !== 'select');
  if (actions.length === 0) return null;
  return (
    <>
      <Flex wrap gap={8}>
        {actions.map((action) =>
          isDirect(action) ? (
            <Popconfirm key={action} title={t(`tt.challengeAction.${action}.confirm`)} onConfirm={() => handleDirect(action)} okText={t('common.yes')} cancelText={t('common.no')}>
              <Button type="primary">{t(`tt.challengeAction.${action}`)}</Button>
            </Popconfirm>
          ) : (
            <Button key={action} danger={action === 'cancel'} onClick={() => setPending(action)}>
              {t(`tt.challengeAction.${action}`)}
            </Button>
          ),
        )}
      </Flex>
      {directError ? (
        <div style={{ marginTop: 12 }}>
          <ErrorAlert error={directError} />
        </div>
      ) : null}
      <FormModal<{ reason?: string; contractId?: string }>
        isOpen={pending !== null}
        title={pending ? t(`tt.challengeAction.${pending}`) : ''}
        form={form}
        formKey={pending ?? ''}
        onFinish={handleFinish}
        onCancel={() => {
          saving.clearError();
          setPending(null);
        }}
        isSubmitting={saving.isSubmitting}
        error={saving.error}
        submitLabel={pending ? t(`tt.challengeAction.${pending}`) : ''}
      >
        {pending && WITH_REASON.includes(pending) ? (
          <Form.Item name="reason" label={t('tt.field.reason')} rules={[{ required: true, message: t('validation.required') }]}>
            <Input.TextArea rows={3} maxLength={500} />
          </Form.Item>
        ) : null}
        {isContracting ? (
          <Form.Item name="contractId" label={t('tt.field.contract')} extra={t('tt.challenge.contract.help')} rules={[{ required: true, message: t('validation.required') }]}>
            <Select options={contractOptions} loading={contracts.isLoading} notFoundContent={t('tt.challenge.contract.none')} />
          </Form.Item>
        ) : null}
      </FormModal>
    </>
  );
}
