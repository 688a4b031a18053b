import { CheckOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useFormSubmit } from '../../api/useFormSubmit';
import { useT } from '../../i18n/useT';
import { MessageList } from '../../modules/seeker-matching/components/MessageList';
import { useMyNotifications } from '../../modules/seeker-matching/hooks/useMyNotifications';
import { useSeekerMatchingMutations } from '../../modules/seeker-matching/hooks/useSeekerMatchingMutations';
import { announceMessagesChanged } from '../../modules/seeker-matching/utils/messagesChanged';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeading } from '../../ui/PageHeading';

const PAGE_SIZE = 20;

/** `/console/messages`: 我的消息 — recommendations and enterprises' answers, newest first. */
export function MyMessagesPage() {
  const t = useT();
  const { message } = App.useApp();
  const [page, setPage] = useState(1);
  const { data, error, isLoading, reload } = useMyNotifications({ page, pageSize: PAGE_SIZE });
  const { markNotificationsRead } = useSeekerMatchingMutations();
  const marking = useFormSubmit();
  const unread = data?.unread ?? 0;

  async function handleMarkAllRead() {
    await marking.submit(async () => {
      await markNotificationsRead();
      void message.success(t('seekerMatching.messages.markedRead'));
      reload();
      announceMessagesChanged();
    });
  }

  return (
    <>
      <PageHeading
        title={t('menu.myMessages')}
        description={
          <>
            {t('seekerMatching.messages.lead')}
            {unread > 0 ? (
              <>
                <br />
                <strong>{t('seekerMatching.messages.unreadCount', { count: unread })}</strong>
              </>
            ) : null}
          </>
        }
        extra={
          <Button icon={<CheckOutlined aria-hidden="true" />} disabled={unread === 0} loading={marking.isSubmitting} onClick={() => void handleMarkAllRead()}>
            {t('seekerMatching.messages.markAllRead')}
          </Button>
        }
      />
      {error || marking.error ? (
        <div style={{ marginBottom: 16 }}>
          <ErrorAlert error={error ?? marking.error} />
        </div>
      ) : null}
      <MessageList page={data} isLoading={isLoading} onPageChange={setPage} />
    </>
  );
}
