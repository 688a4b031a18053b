import { useParams } from 'react-router';
import { ProjectDetailView } from '../../modules/governance/components/ProjectDetailView';
import { useGovernanceAccess } from '../../modules/governance/hooks/useGovernanceAccess';

/** `/console/governance/projects/:id` */
export function DemonstrationProjectDetailPage() {
  const { id = '' } = useParams();
  const { canManage } = useGovernanceAccess();
  return <ProjectDetailView key={id} projectId={id} canManage={canManage} />;
}
