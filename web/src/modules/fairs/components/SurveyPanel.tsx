import { SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Flex, List, Popconfirm, Row, Typography } from 'antd';
import { useState } from 'react';
import { useLanguage } from '../../../i18n/useLanguage';
import { useT } from '../../../i18n/useT';
import { EChart } from '../../../ui/EChart';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { formatDateTime } from '../../../ui/format';
import { useFairMutations } from '../hooks/useFairMutations';
import { useSurveyResults, useSurveyState } from '../hooks/useFairQueries';
import type { Fair, SurveyGroupResults } from '../types';
import { FigureCards } from './FigureCards';
import { SurveyForm } from './SurveyForm';

export type SurveyPanelProps = {
  fair: Fair;
  /** Operators send the survey once the fair is over. */
  canSend: boolean;
  /** Operators, the host and government read the results. */
  canReadResults: boolean;
  /** An enterprise that had a booth answers it. */
  canAnswer: boolean;
  onChanged: () => void;
};

function average(value: number | null): string {
  return value === null ? '—' : value.toFixed(1);
}

function Results({ fair }: { fair: Fair }) {
  const t = useT();
  const language = useLanguage();
  const { data, error } = useSurveyResults(fair.id, true);
  if (error) return <ErrorAlert error={error} />;
  if (!data) return null;
  const groups: { key: 'seekers' | 'enterprises'; label: string; results: SurveyGroupResults }[] = [
    { key: 'seekers', label: t('fairs.survey.seekers'), results: data.seekers },
    { key: 'enterprises', label: t('fairs.survey.enterprises'), results: data.enterprises },
  ];
  const scores = ['1', '2', '3', '4', '5'].map((s) => t('fairs.survey.score', { score: s }));
  return (
    <Flex vertical gap={16}>
      {groups.map((g) => (
        <section key={g.key} aria-label={g.label}>
          <Typography.Title level={2} style={{ fontSize: 16 }}>
            {g.label}
          </Typography.Title>
          <FigureCards
            figures={[
              { key: 'responses', label: t('fairs.survey.responses'), value: g.results.responses },
              { key: 'overall', label: t('fairs.survey.overallAvg'), value: average(g.results.overallAvg) },
              { key: 'match', label: t('fairs.survey.matchAvg'), value: average(g.results.matchAvg) },
              { key: 'return', label: t('fairs.survey.wouldReturnPct'), value: g.results.wouldReturnPct === null ? '—' : `${Math.round(g.results.wouldReturnPct)}%` },
            ]}
          />
        </section>
      ))}
      <Card variant="outlined" size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('fairs.survey.distributionTitle')}</h2>}>
        <EChart
          summary={t('fairs.survey.distributionSummary', { seekers: data.seekers.responses, enterprises: data.enterprises.responses })}
          caption={t('fairs.survey.distributionTitle')}
          categoryLabel={t('fairs.survey.overall')}
          categories={scores}
          series={[
            { name: t('fairs.survey.seekers'), type: 'bar', data: data.seekers.distribution },
            { name: t('fairs.survey.enterprises'), type: 'bar', data: data.enterprises.distribution },
          ]}
        />
      </Card>
      <section aria-labelledby="survey-comments">
        <Typography.Title id="survey-comments" level={2} style={{ fontSize: 16 }}>
          {t('fairs.survey.comments')}
        </Typography.Title>
        <List
          size="small"
          bordered
          dataSource={data.comments}
          locale={{ emptyText: t('fairs.survey.noComments') }}
          renderItem={(c) => (
            <List.Item>
              <Flex vertical>
                <Typography.Text>{c.comment}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {c.kind === 'seeker' ? t('fairs.survey.seeker') : t('fairs.survey.enterprise')} · {formatDateTime(c.createdAt, language)}
                </Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      </section>
    </Flex>
  );
}

/** 满意度: send the survey when the fair is over, answer it (enterprises), read the results. */
export function SurveyPanel({ fair, canSend, canReadResults, canAnswer, onChanged }: SurveyPanelProps) {
  const t = useT();
  const language = useLanguage();
  const { message } = App.useApp();
  const { sendSurvey } = useFairMutations();
  const [sendError, setSendError] = useState<unknown>(null);
  const [isSending, setSending] = useState(false);
  const state = useSurveyState(fair.id, canAnswer && fair.surveySentAt !== null);

  async function handleSend() {
    setSending(true);
    setSendError(null);
    try {
      const sent = await sendSurvey(fair.id);
      void message.success(t('fairs.survey.sent', { count: sent.notified }));
      onChanged();
    } catch (caught) {
      setSendError(caught);
    } finally {
      setSending(false);
    }
  }

  return (
    <Flex vertical gap={16}>
      {fair.surveySentAt ? (
        <Alert type="info" showIcon title={t('fairs.survey.sentAt', { at: formatDateTime(fair.surveySentAt, language) })} />
      ) : fair.phase === 'over' ? (
        canSend ? (
          <Row gutter={12} align="middle">
            <Col flex="auto">
              <Typography.Paragraph style={{ margin: 0 }}>{t('fairs.survey.sendLead')}</Typography.Paragraph>
            </Col>
            <Col>
              <Popconfirm title={t('fairs.survey.sendConfirm')} okText={t('fairs.survey.send')} cancelText={t('common.cancel')} onConfirm={() => void handleSend()}>
                <Button type="primary" loading={isSending} icon={<SendOutlined aria-hidden="true" />}>
                  {t('fairs.survey.send')}
                </Button>
              </Popconfirm>
            </Col>
          </Row>
        ) : (
          <Typography.Paragraph type="secondary">{t('fairs.survey.notSent')}</Typography.Paragraph>
        )
      ) : (
        <Typography.Paragraph type="secondary">{t('fairs.survey.afterFair')}</Typography.Paragraph>
      )}
      {sendError ? <ErrorAlert error={sendError} /> : null}
      {canAnswer && state.data?.open && !state.data.answered ? <SurveyForm fairId={fair.id} onAnswered={state.reload} /> : null}
      {canAnswer && state.data?.answered ? <Alert type="success" showIcon title={t('fairs.survey.answered')} /> : null}
      {state.error ? <ErrorAlert error={state.error} /> : null}
      {canReadResults && fair.surveySentAt ? <Results fair={fair} /> : null}
    </Flex>
  );
}
