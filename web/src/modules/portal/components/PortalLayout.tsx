import { Outlet } from 'react-router';
import { SkipLink } from '../../../ui/SkipLink';
import { PortalFooter } from './PortalFooter';
import { PortalHeader } from './PortalHeader';

export type PortalLayoutProps = Record<string, never>;

/** Public pages: banner, main content and footer landmarks. */
export function PortalLayout(_props: PortalLayoutProps) {
  return (
    <div style={{ minHeight: '100vh', display: 'flex', flexDirection: 'column', background: '#fff' }}>
      <SkipLink targetId="main" />
      <PortalHeader />
      <main id="main" tabIndex={-1} style={{ flex: 1, outline: 'none' }}>
        <Outlet />
      </main>
      <PortalFooter />
    </div>
  );
}
