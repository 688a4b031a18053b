import { QrcodeOutlined } from '@ant-design/icons';
import { Card, Empty, Flex, Spin, Typography } from 'antd';
import { useLanguage } from '../../i18n/useLanguage';
import { useT } from '../../i18n/useT';
import { IntentList } from '../../modules/fair-day/components/IntentList';
import { SurveyCard } from '../../modules/fair-day/components/SurveyCard';
import { useMyIntents, useMyTickets } from '../../modules/fair-day/hooks/useFairDayQueries';
import { formatEventTime } from '../../ui/format';
import { formatTicketCode } from '../../modules/fair-day/utils/ticketCode';
import { ButtonLink } from '../../ui/ButtonLink';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LabelTag } from '../../ui/LabelTag';
import { PageHeading } from '../../ui/PageHeading';
import '../../modules/fair-day/fair-day.css';

/** `/console/me/fairs` (我的招聘会): a seeker's tickets, the intents they left at booths, open surveys. */
export function MyFairsPage() {
  const t = useT();
  const language = useLanguage();
  const tickets = useMyTickets();
  const intents = useMyIntents();
  const items = [...(tickets.data?.items ?? [])].sort((a, b) => b.fairStartsAt.localeCompare(a.fairStartsAt));
  const surveyFairs = items.filter((ticket) => ticket.checkedInAt !== null);
  return (
    <div className="qiao-fair-day" style={{ maxWidth: 720 }}>
      <PageHeading
        title={t('menu.myFairs')}
        description={t('fairDay.mine.lead')}
        extra={<ButtonLink to="/fairs">{t('fairDay.mine.browse')}</ButtonLink>}
      />
      <Flex vertical gap={12}>
        {surveyFairs.map((ticket) => (
          <SurveyCard key={`survey-${ticket.id}`} fairId={ticket.fairId} fairTitle={ticket.fairTitle} />
        ))}
      </Flex>
      <section aria-labelledby="my-tickets" style={{ marginTop: 16 }}>
        <Typography.Title level={2} id="my-tickets" style={{ fontSize: 18 }}>
          {t('fairDay.mine.tickets')}
        </Typography.Title>
        {tickets.isLoading ? <Spin /> : null}
        <ErrorAlert error={tickets.error} />
        {tickets.data && items.length === 0 ? <Empty description={t('fairDay.mine.noTickets')} /> : null}
        <ul style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 12 }}>
          {items.map((ticket) => (
            <li key={ticket.id}>
              <Card size="small" variant="outlined">
                <Flex justify="space-between" align="center" gap={8} wrap>
                  <Flex vertical>
                    <Typography.Text strong>{ticket.fairTitle}</Typography.Text>
                    <Typography.Text type="secondary">
                      {formatEventTime(ticket.fairStartsAt, null, language)} · {ticket.venue}
                    </Typography.Text>
                    <Flex gap={6} wrap style={{ marginTop: 4 }}>
                      <LabelTag>{formatTicketCode(ticket.ticketCode)}</LabelTag>
                      {ticket.status === 'cancelled' ? (
                        <LabelTag>{t('fairDay.ticket.cancelled')}</LabelTag>
                      ) : ticket.checkedInAt ? (
                        <LabelTag tone="success">{t('fairDay.outcome.checked_in')}</LabelTag>
                      ) : (
                        <LabelTag tone="info">{t('fairDay.ticket.notCheckedIn')}</LabelTag>
                      )}
                    </Flex>
                  </Flex>
                  <ButtonLink to={`/t/${ticket.ticketCode}`} size="large" icon={<QrcodeOutlined aria-hidden="true" />}>
                    {t('fairDay.register.openTicket')}
                  </ButtonLink>
                </Flex>
              </Card>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="my-intents" style={{ marginTop: 24 }}>
        <Typography.Title level={2} id="my-intents" style={{ fontSize: 18 }}>
          {t('fairDay.mine.intents')}
        </Typography.Title>
        {intents.isLoading ? <Spin /> : null}
        <ErrorAlert error={intents.error} />
        {intents.data ? <IntentList intents={intents.data.items} perspective="seeker" label={t('fairDay.mine.intents')} /> : null}
      </section>
    </div>
  );
}
