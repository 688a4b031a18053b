import { useParams } from 'react-router';
import { CertificateCheckView } from '../modules/training/components/CertificateCheckView';

/** `/certificates` and `/certificates/:number`: the public check of a training certificate. */
export function CertificatePage() {
  const { number } = useParams();
  return <CertificateCheckView key={number ?? ''} number={number} />;
}
