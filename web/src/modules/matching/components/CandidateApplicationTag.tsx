import { Flex } from 'antd';
import { useT } from '../../../i18n/useT';
import { LabelTag } from '../../../ui/LabelTag';
import { ApplicationStatusTag } from '../../positions/components/ApplicationStatusTag';
import type { Candidate } from '../types';

export type CandidateApplicationTagProps = { application: Candidate['application'] };

/** Where a candidate stands with the position: recommended or applied, and the enterprise's answer. */
export function CandidateApplicationTag({ application }: CandidateApplicationTagProps) {
  const t = useT();
  if (!application) return <>—</>;
  const isRecommended = application.channel === 'recommendation';
  return (
    <Flex wrap gap={4}>
      {isRecommended ? <LabelTag tone="teal">{t('matching.candidates.recommended')}</LabelTag> : null}
      {isRecommended && application.status === 'applied' ? null : <ApplicationStatusTag status={application.status} />}
    </Flex>
  );
}
