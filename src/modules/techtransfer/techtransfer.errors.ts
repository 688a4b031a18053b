import { AppError, type FieldIssue } from '../../platform/errors';
import { violatedUniqueIndex } from '../talent/talent.repository';

/**
 * Runs a write whose uniqueness was checked beforehand; when two writes race past the check, the
 * unique index refuses the second, and the client gets the same field error as from the check.
 */
export async function withUniqueFields<T>(write: Promise<T>, fields: Record<string, FieldIssue>): Promise<T> {
  try {
    return await write;
  } catch (error) {
    const index = violatedUniqueIndex(error);
    if (index === null) throw error;
    const field = fields[index];
    throw field ? new AppError('validation_failed', { fields: [field] }) : new AppError('conflict');
  }
}

export const PATENT_NUMBER_TAKEN: Record<string, FieldIssue> = {
  patents_zone_number_key: { path: 'applicationNumber', message: 'patent_number.taken' },
};
export const CONTRACT_NUMBER_TAKEN: Record<string, FieldIssue> = {
  tech_contracts_zone_number_key: { path: 'contractNumber', message: 'tech_contract.number_taken' },
};
export const ACHIEVEMENT_NUMBER_TAKEN: Record<string, FieldIssue> = {
  achievement_registrations_zone_number_key: { path: 'registrationNumber', message: 'achievement.number_taken' },
};
export const CONTRACT_LINKED: Record<string, FieldIssue> = {
  tech_challenges_contract_key: { path: 'contractId', message: 'challenge.contract_taken' },
};
