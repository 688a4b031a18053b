import { Button, Flex, Input, Typography } from 'antd';
import { useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../../../i18n/useT';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useAuth } from '../../auth/hooks/useAuth';
import { newIdempotencyKey } from '../../positions/utils/idempotency';
import { useLiveMutations } from '../hooks/useLiveMutations';

export type AskQuestionFormProps = { sessionId: string; isOpen: boolean };

const MAX_LENGTH = 300;

/** 我要提问: a signed-in seeker asks the host; the question appears in the feed through the stream. */
export function AskQuestionForm({ sessionId, isOpen }: AskQuestionFormProps) {
  const t = useT();
  const inputId = useId();
  const { status, me } = useAuth();
  const { askQuestion } = useLiveMutations();
  const [text, setText] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [isSending, setSending] = useState(false);
  const [isSent, setSent] = useState(false);
  // One key per question: resending after a lost answer does not post it twice.
  const keyRef = useRef<string | null>(null);

  if (!isOpen) return <Typography.Text type="secondary">{t('live.ask.closed')}</Typography.Text>;
  if (status !== 'signedIn') {
    return (
      <Typography.Text>
        <Link to={`/login?next=${encodeURIComponent(`/live/${sessionId}`)}`}>{t('live.ask.signIn')}</Link>
      </Typography.Text>
    );
  }
  if (me?.role !== 'seeker') return null;

  async function handleSend() {
    const question = text.trim();
    if (question === '') return;
    keyRef.current ??= newIdempotencyKey();
    setSending(true);
    setError(null);
    setSent(false);
    try {
      await askQuestion(sessionId, question, keyRef.current);
      keyRef.current = null;
      setText('');
      setSent(true);
    } catch (caught) {
      setError(caught);
    } finally {
      setSending(false);
    }
  }

  return (
    <Flex vertical gap={8}>
      <label htmlFor={inputId}>{t('live.ask.label')}</label>
      <Input.TextArea
        id={inputId}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          keyRef.current = null;
          setSent(false);
        }}
        maxLength={MAX_LENGTH}
        showCount
        autoSize={{ minRows: 2, maxRows: 5 }}
        placeholder={t('live.ask.placeholder')}
      />
      {error ? <ErrorAlert error={error} /> : null}
      <Button type="primary" onClick={() => void handleSend()} loading={isSending} disabled={text.trim() === ''} style={{ minHeight: 44, alignSelf: 'flex-start', marginTop: 8 }}>
        {t('live.ask.send')}
      </Button>
      {/* Always present, so that the confirmation is announced when it appears. */}
      <Typography.Text role="status" type="success">
        {isSent ? t('live.ask.sent') : ''}
      </Typography.Text>
    </Flex>
  );
}
