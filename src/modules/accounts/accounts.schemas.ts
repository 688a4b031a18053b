import { z } from 'zod';
import { ROLES } from '../../platform/access';
import { email, phone, text } from '../../platform/validation';

export const USERNAME_PATTERN = /^[a-zA-Z][a-zA-Z0-9_.-]{2,31}$/;

export const roleSchema = z.enum(ROLES);

export const username = z
  .string()
  .transform((v) => v.normalize('NFKC').trim().toLowerCase())
  .pipe(z.string().regex(USERNAME_PATTERN, 'username.format'));

/** The policy itself is checked in the service, where the user name is known. */
const password = z.string().min(1).max(256);

export const meSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  organisationId: z.uuid().nullable(),
  organisationName: z.string().nullable(),
  zoneId: z.uuid().nullable(),
  email: z.string().nullable(),
  phoneMasked: z.string().nullable(),
  isTotpEnabled: z.boolean(),
});
export type Me = z.infer<typeof meSchema>;

export const sessionResponse = z.object({
  account: meSchema,
  csrfToken: z.string(),
  restriction: z.enum(['totp_enrollment', 'password_change']).nullable(),
});
export type SessionResponse = z.infer<typeof sessionResponse>;

export const loginBody = z.object({
  login: z.string().transform((v) => v.normalize('NFKC').trim()).pipe(z.string().min(1).max(254)),
  password,
  totp: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
});

export const registerBody = z.object({
  displayName: text(50),
  phone,
  password,
  email: email.optional(),
  acceptPrivacyPolicy: z.literal(true, 'field.required'),
});

export const changePasswordBody = z.object({ currentPassword: password, newPassword: password });

export const totpSetupResponse = z.object({ secret: z.string(), otpauthUrl: z.string(), qrDataUrl: z.string() });
export const totpEnableBody = z.object({ code: z.string().regex(/^\d{6}$/, 'totp_invalid') });
export const totpDisableBody = z.object({ password, code: z.string().regex(/^\d{6}$/, 'totp_invalid') });

export const accountSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  organisationId: z.uuid().nullable(),
  email: z.string().nullable(),
  phoneMasked: z.string().nullable(),
  isActive: z.boolean(),
  isTotpEnabled: z.boolean(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
});
export type AccountView = z.infer<typeof accountSchema>;

export const createStaffBody = z.object({
  username,
  displayName: text(50),
  email: email.optional(),
  phone: phone.optional(),
  role: roleSchema,
  password,
});
export type CreateStaffInput = z.infer<typeof createStaffBody>;

export const updateAccountBody = z
  .object({
    displayName: text(50).optional(),
    email: email.nullable().optional(),
    phone: phone.nullable().optional(),
    role: roleSchema.optional(),
    isActive: z.boolean().optional(),
  })
  .strict();
export type UpdateAccountInput = z.infer<typeof updateAccountBody>;

export const resetPasswordBody = z.object({ password });

