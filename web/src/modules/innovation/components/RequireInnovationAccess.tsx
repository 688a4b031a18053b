import type { ReactNode } from 'react';
import { LoadingBlock } from '../../../ui/LoadingBlock';
import { NoAccessResult } from '../../console/components/NoAccessResult';
import { type InnovationViewer, useInnovationViewer } from '../hooks/useInnovationViewer';

export type RequireInnovationAccessProps = { viewers: InnovationViewer[]; children: ReactNode };

/** Innovation pages: the zone's staff, and an enterprise's or a partner bank's staff where the page is theirs. */
export function RequireInnovationAccess({ viewers, children }: RequireInnovationAccessProps) {
  const viewer = useInnovationViewer();
  if (viewer === null) return <LoadingBlock minHeight={320} />;
  return viewers.includes(viewer) ? <>{children}</> : <NoAccessResult />;
}
