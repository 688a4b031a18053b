import { Button, Empty, Flex, Input, Modal, Segmented, Typography } from 'antd';
import { useId, useState } from 'react';
import { useT } from '../../../i18n/useT';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { formatClock } from '../utils/format';
import type { LiveQuestion } from '../types';

type Filter = 'open' | 'answered' | 'hidden';

export type HostQuestionsProps = {
  questions: LiveQuestion[];
  /** Answering on air is offered only while the session is live. */
  isLive: boolean;
  onAnswer: (question: LiveQuestion, mode: 'on_air' | 'text', answer?: string) => Promise<void>;
  onHide: (question: LiveQuestion) => Promise<void>;
};

/** Questions arriving in real time, with 直播回答 / 文字回答 / 隐藏. */
export function HostQuestions({ questions, isLive, onAnswer, onHide }: HostQuestionsProps) {
  const t = useT();
  const answerId = useId();
  const [filter, setFilter] = useState<Filter>('open');
  const [answering, setAnswering] = useState<LiveQuestion | null>(null);
  const [answer, setAnswer] = useState('');
  const [busyId, setBusyId] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const shown = questions.filter((q) =>
    filter === 'open' ? q.status === 'open' : filter === 'hidden' ? q.status === 'hidden' : q.status === 'answered_on_air' || q.status === 'answered_text',
  );
  const counts = {
    open: questions.filter((q) => q.status === 'open').length,
    answered: questions.filter((q) => q.status === 'answered_on_air' || q.status === 'answered_text').length,
    hidden: questions.filter((q) => q.status === 'hidden').length,
  };

  async function run(question: LiveQuestion, action: () => Promise<void>): Promise<boolean> {
    setBusyId(question.id);
    setError(null);
    try {
      await action();
      return true;
    } catch (caught) {
      setError(caught);
      return false;
    } finally {
      setBusyId(null);
    }
  }

  async function handleTextAnswer() {
    if (!answering || answer.trim() === '') return;
    const ok = await run(answering, () => onAnswer(answering, 'text', answer.trim()));
    if (ok) {
      setAnswering(null);
      setAnswer('');
    }
  }

  return (
    <Flex vertical gap={12}>
      <Segmented<Filter>
        aria-label={t('live.host.questionFilter')}
        value={filter}
        onChange={setFilter}
        options={(['open', 'answered', 'hidden'] as const).map((value) => ({ value, label: t(`live.host.questions.${value}`, { count: counts[value] }) }))}
        style={{ alignSelf: 'flex-start' }}
      />
      {error && !answering ? <ErrorAlert error={error} /> : null}
      {shown.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('live.questions.empty')} /> : null}
      <ul className="qiao-live-questions" aria-label={t('live.questions.title')}>
        {shown.map((q) => (
          <li key={q.id}>
            <Flex vertical gap={6}>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {q.askerName} · {formatClock(q.createdAt)}
                {q.position ? ` · ${q.position.title}` : ''}
              </Typography.Text>
              <Typography.Text>{q.text}</Typography.Text>
              {q.answer ? (
                <div className="qiao-live-answer">
                  <Typography.Text strong>{t('live.questions.answer')}</Typography.Text> {q.answer}
                </div>
              ) : null}
              {q.status === 'answered_on_air' ? <Typography.Text type="secondary">{t('live.questions.answeredOnAir')}</Typography.Text> : null}
              {q.status === 'open' ? (
                <Flex wrap gap={8}>
                  {isLive ? (
                    <Button size="small" type="primary" loading={busyId === q.id} onClick={() => void run(q, () => onAnswer(q, 'on_air'))} aria-label={t('live.host.answerOnAirFor', { text: q.text })}>
                      {t('live.host.answerOnAir')}
                    </Button>
                  ) : null}
                  <Button size="small" disabled={busyId === q.id} onClick={() => setAnswering(q)} aria-label={t('live.host.answerTextFor', { text: q.text })}>
                    {t('live.host.answerText')}
                  </Button>
                  <Button size="small" danger disabled={busyId === q.id} onClick={() => void run(q, () => onHide(q))} aria-label={t('live.host.hideFor', { text: q.text })}>
                    {t('live.host.hide')}
                  </Button>
                </Flex>
              ) : null}
            </Flex>
          </li>
        ))}
      </ul>
      <Modal
        open={answering !== null}
        title={t('live.host.answerText')}
        okText={t('live.host.sendAnswer')}
        cancelText={t('common.cancel')}
        confirmLoading={answering !== null && busyId === answering.id}
        okButtonProps={{ disabled: answer.trim() === '' }}
        onOk={() => void handleTextAnswer()}
        onCancel={() => {
          setAnswering(null);
          setError(null);
        }}
        destroyOnHidden
      >
        <Flex vertical gap={8}>
          <Typography.Paragraph style={{ margin: 0 }}>{answering?.text}</Typography.Paragraph>
          {error ? <ErrorAlert error={error} /> : null}
          <label htmlFor={answerId}>{t('live.host.answerLabel')}</label>
          <Input.TextArea id={answerId} value={answer} onChange={(e) => setAnswer(e.target.value)} maxLength={1000} showCount autoSize={{ minRows: 3, maxRows: 8 }} />
        </Flex>
      </Modal>
    </Flex>
  );
}
