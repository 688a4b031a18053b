import type { Role } from '../../platform/access';
import { decryptText, type Keys, maskPhone } from '../../platform/crypto';
import type { AccountRow } from './accounts.repository';
import type { AccountView, Me } from './accounts.schemas';

function maskedPhoneOf(keys: Keys, row: AccountRow): string | null {
  return row.phoneEnc ? maskPhone(decryptText(keys, row.phoneEnc)) : null;
}

export function toMe(keys: Keys, row: AccountRow, organisationName: string | null): Me {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role as Role,
    organisationId: row.organisationId,
    organisationName,
    zoneId: row.zoneId,
    email: row.email,
    phoneMasked: maskedPhoneOf(keys, row),
    isTotpEnabled: row.isTotpEnabled,
  };
}

export function toAccountView(keys: Keys, row: AccountRow): AccountView {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role as Role,
    organisationId: row.organisationId,
    email: row.email,
    phoneMasked: maskedPhoneOf(keys, row),
    isActive: row.isActive,
    isTotpEnabled: row.isTotpEnabled,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** What an audit entry keeps of an account: never the password hash, TOTP secret or phone in clear. */
export function accountAuditView(row: AccountRow): Record<string, unknown> {
  return {
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    organisationId: row.organisationId,
    email: row.email,
    hasPhone: row.phoneHash !== null,
    isActive: row.isActive,
    isTotpEnabled: row.isTotpEnabled,
  };
}
