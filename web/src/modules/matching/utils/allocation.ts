import type { Translate } from '../../../i18n/catalogue';
import type { AllocationAssignment } from '../types';

/** Why a candidate went where: "第 2/3 志愿，岗位排序第 1/5（企业排序，得分 82.0）". */
export function explainAssignment(t: Translate, a: AllocationAssignment): string {
  const basis = a.byEmployerOrder
    ? t('matching.allocation.basis.employer', { score: a.score.toFixed(1) })
    : t('matching.allocation.basis.score', { score: a.score.toFixed(1) });
  return t('matching.allocation.why', {
    choice: a.seekerChoice,
    choices: a.seekerChoices,
    rank: a.positionRank,
    candidates: a.positionCandidates,
    basis,
  });
}
