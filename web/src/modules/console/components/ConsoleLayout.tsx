import { MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Layout, Typography } from 'antd';
import { Suspense, useState } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useT } from '../../../i18n/useT';
import { LoadingBlock } from '../../../ui/LoadingBlock';
import { SkipLink } from '../../../ui/SkipLink';
import { useIsPhone } from '../../../ui/useIsPhone';
import { useAuth } from '../../auth/hooks/useAuth';
import { QiaoLogo } from '../../portal/components/QiaoLogo';
import { useOwnOrganisationType } from '../../positions/hooks/useOwnOrganisationType';
import { consoleMenu } from '../utils/menu';
import { ConsoleNav } from './ConsoleNav';
import { ConsoleUserBar } from './ConsoleUserBar';

export type ConsoleLayoutProps = Record<string, never>;

const SECURITY_PATH = '/console/security';

/** Signed-in shell: side menu (a drawer on phones), header with the user, and the page. */
export function ConsoleLayout(_props: ConsoleLayoutProps) {
  const t = useT();
  const { me, restriction } = useAuth();
  const isPhone = useIsPhone();
  const { pathname } = useLocation();
  const [isDrawerOpen, setDrawerOpen] = useState(false);
  const { organisationType } = useOwnOrganisationType();

  if (!me) return null;
  // A session that must first enrol two-factor sign-in or change its password stays on 账号安全.
  if (restriction && pathname !== SECURITY_PATH) return <Navigate to={SECURITY_PATH} replace />;

  const entries = consoleMenu(me.role, restriction, organisationType);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <SkipLink targetId="main" />
      {isPhone ? null : (
        <Layout.Sider width={220} theme="light" style={{ borderInlineEnd: '1px solid #e5e5e5' }}>
          <div style={{ padding: '14px 16px' }}>
            <QiaoLogo to="/console" />
          </div>
          <ConsoleNav entries={entries} />
        </Layout.Sider>
      )}
      <Layout>
        <Layout.Header className="qiao-console-header" style={{ height: 64 }}>
          {isPhone ? (
            <>
              <Button
                icon={<MenuOutlined aria-hidden="true" />}
                onClick={() => setDrawerOpen(true)}
                aria-expanded={isDrawerOpen}
                aria-controls="console-drawer"
              >
                {t('nav.menu')}
              </Button>
              <QiaoLogo to="/console" isCompact />
            </>
          ) : null}
          <ConsoleUserBar isCompact={isPhone} />
        </Layout.Header>
        <Layout.Content id="main" tabIndex={-1} className="qiao-console-content" style={{ outline: 'none' }}>
          <Suspense fallback={<LoadingBlock />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
      {isPhone ? (
        <Drawer
          id="console-drawer"
          placement="left"
          size={280}
          open={isDrawerOpen}
          onClose={() => setDrawerOpen(false)}
          title={t('nav.menu')}
          styles={{ body: { padding: 0 } }}
        >
          <div style={{ padding: '12px 16px', borderBottom: '1px solid #f0f0f0' }}>
            <Typography.Text strong>{me.displayName}</Typography.Text>
            <br />
            <Typography.Text type="secondary">{t(`role.${me.role}`)}</Typography.Text>
            {me.organisationName ? (
              <>
                <br />
                <Typography.Text type="secondary">{me.organisationName}</Typography.Text>
              </>
            ) : null}
          </div>
          <ConsoleNav entries={entries} onNavigate={() => setDrawerOpen(false)} />
        </Drawer>
      ) : null}
    </Layout>
  );
}
