import { useParams } from 'react-router';
import { AllocationDetailView } from '../../modules/matching/components/AllocationDetailView';

/** `/console/allocations/:id`: a batch allocation, its reasons, and the operator's decision. */
export function AllocationDetailPage() {
  const { id = '' } = useParams();
  return <AllocationDetailView allocationId={id} />;
}
