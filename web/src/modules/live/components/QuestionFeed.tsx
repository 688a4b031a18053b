import { Button, Empty, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../../i18n/useT';
import type { RunSheetItem } from '../types';
import type { FeedQuestion } from '../utils/liveState';

/** Questions shown at first and added by each 显示更多: a long evening's feed stays short on a phone. */
const PAGE = 20;

export type QuestionFeedProps = { questions: FeedQuestion[]; items: RunSheetItem[] };

/** Viewers' questions, newest first, each with the host's answer (in text, or "answered on air"). */
export function QuestionFeed({ questions, items }: QuestionFeedProps) {
  const t = useT();
  const [shown, setShown] = useState(PAGE);
  const titleOf = (positionId: string | null) => items.find((i) => i.position.id === positionId)?.position.title;
  if (questions.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('live.questions.empty')} />;
  }
  return (
    <Flex vertical gap={8}>
      <ul className="qiao-live-questions">
        {questions.slice(0, shown).map((q) => {
          const position = titleOf(q.positionId);
          return (
            <li key={q.id}>
              <Flex vertical gap={4}>
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  {q.askerName}
                  {position ? ` · ${position}` : ''}
                </Typography.Text>
                <Typography.Text>{q.text}</Typography.Text>
                {q.status === 'answered_text' && q.answer ? (
                  <div className="qiao-live-answer">
                    <Typography.Text strong>{t('live.questions.answer')}</Typography.Text> {q.answer}
                  </div>
                ) : null}
                {q.status === 'answered_on_air' ? (
                  <div className="qiao-live-answer">
                    <Typography.Text strong>{t('live.questions.answeredOnAir')}</Typography.Text>
                    {q.answer ? ` ${q.answer}` : ''}
                  </div>
                ) : null}
              </Flex>
            </li>
          );
        })}
      </ul>
      {questions.length > shown ? (
        <Button onClick={() => setShown((n) => n + PAGE)} style={{ minHeight: 44 }}>
          {t('live.questions.more', { count: questions.length - shown })}
        </Button>
      ) : null}
    </Flex>
  );
}
