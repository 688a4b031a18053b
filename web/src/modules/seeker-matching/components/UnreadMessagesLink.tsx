import { BellOutlined } from '@ant-design/icons';
import { Badge } from 'antd';
import { useT } from '../../../i18n/useT';
import { ButtonLink } from '../../../ui/ButtonLink';
import { useUnreadMessageCount } from '../hooks/useUnreadMessageCount';

const MY_MESSAGES_PATH = '/console/messages';

export type UnreadMessagesLinkProps = Record<string, never>;

/** The bell in the console header: a link to 我的消息 whose name says how many are unread. */
export function UnreadMessagesLink(_props: UnreadMessagesLinkProps) {
  const t = useT();
  const unread = useUnreadMessageCount();
  const label = unread > 0 ? t('seekerMatching.badge.labelUnread', { count: unread }) : t('seekerMatching.badge.label');
  return (
    // The link's name carries the count: the badge inside it is only its picture.
    <ButtonLink to={MY_MESSAGES_PATH} type="text" aria-label={label} title={label}>
      <Badge count={unread} size="small" offset={[4, -2]}>
        <BellOutlined aria-hidden="true" style={{ fontSize: 18 }} />
      </Badge>
    </ButtonLink>
  );
}
