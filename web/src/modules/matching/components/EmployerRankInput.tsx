import { Flex, InputNumber, Typography } from 'antd';
import { useState } from 'react';
import { isApiError } from '../../../api/ApiError';
import { useT } from '../../../i18n/useT';
import { useMatchingMutations } from '../hooks/useMatchingMutations';

export type EmployerRankInputProps = {
  applicationId: string;
  seekerName: string;
  /** The order saved before, when known. */
  initialRank?: number | null;
};

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };

/**
 * The enterprise's own order of an applicant (1 = first choice), which batch allocation follows
 * before the score. Saved when the field is left or Enter is pressed; empty clears it.
 */
export function EmployerRankInput({ applicationId, seekerName, initialRank = null }: EmployerRankInputProps) {
  const t = useT();
  const { setEmployerRank } = useMatchingMutations();
  const [value, setValue] = useState<number | null>(initialRank);
  const [saved, setSaved] = useState<number | null>(initialRank);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });

  async function handleCommit() {
    if (value === saved || state.kind === 'saving') return;
    setState({ kind: 'saving' });
    try {
      const answer = await setEmployerRank(applicationId, value);
      setSaved(answer.employerRank);
      setState({ kind: 'saved' });
    } catch (caught) {
      setState({ kind: 'failed', message: isApiError(caught) && caught.message ? caught.message : t('error.unexpected') });
    }
  }

  return (
    <Flex vertical gap={2}>
      <InputNumber
        size="small"
        min={1}
        max={9999}
        precision={0}
        value={value}
        prefix={t('matching.employerRank.prefix')}
        placeholder={t('matching.employerRank.placeholder')}
        aria-label={t('matching.employerRank.for', { name: seekerName })}
        aria-invalid={state.kind === 'failed'}
        onChange={(next) => setValue(next)}
        onBlur={() => void handleCommit()}
        onPressEnter={() => void handleCommit()}
        style={{ width: 110 }}
      />
      <span role="status" style={{ fontSize: 12, minHeight: 18 }}>
        {state.kind === 'saved' ? <Typography.Text type="success">{t('matching.employerRank.saved')}</Typography.Text> : null}
        {state.kind === 'failed' ? <Typography.Text type="danger">{state.message}</Typography.Text> : null}
      </span>
    </Flex>
  );
}
