import { LogoutOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useNavigate } from 'react-router';
import { useT } from '../../../i18n/useT';
import { LanguageSwitch } from '../../../ui/LanguageSwitch';
import { useAuth } from '../../auth/hooks/useAuth';
import { UnreadMessagesLink } from '../../seeker-matching/components/UnreadMessagesLink';

export type ConsoleUserBarProps = { isCompact: boolean };

/** Who is signed in (name, organisation), the language switch and 退出登录. */
export function ConsoleUserBar({ isCompact }: ConsoleUserBarProps) {
  const t = useT();
  const navigate = useNavigate();
  const { me, restriction, logout } = useAuth();

  async function handleLogout() {
    await logout();
    await navigate('/login', { replace: true });
  }

  return (
    <div className="qiao-console-user">
      {!isCompact && me ? (
        <div className="qiao-console-user-text">
          <span style={{ fontWeight: 600 }}>
            {me.displayName}
            <span style={{ fontWeight: 400, color: 'rgba(0,0,0,0.68)' }}> · {t(`role.${me.role}`)}</span>
          </span>
          {me.organisationName ? (
            <span style={{ fontSize: 12, color: 'rgba(0,0,0,0.68)' }}>{me.organisationName}</span>
          ) : null}
        </div>
      ) : null}
      {me?.role === 'seeker' && !restriction ? <UnreadMessagesLink /> : null}
      <LanguageSwitch isCompact={isCompact} />
      <Button
        icon={isCompact ? undefined : <LogoutOutlined aria-hidden="true" />}
        onClick={() => void handleLogout()}
        type={isCompact ? 'text' : 'default'}
      >
        {t('nav.logout')}
      </Button>
    </div>
  );
}
