import {
  DISPLAY_NAME_RULE,
  EMAIL_MAX_LENGTH,
  EMAIL_PATTERN,
  EMAIL_RULE,
  MIN_DISPLAY_NAME_LENGTH,
  USERNAME_PATTERN,
  USERNAME_RULE,
} from '../domain/user-rules.ts';
import { z } from './zod-locale.ts';

export const ZRoleSchema = z.enum(['admin', 'superintendence', 'coordination', 'regional'], {
  error: 'Papel desconhecido.',
});

const ZScopeSchema = {
  coordinationCodes: z.array(z.string().trim().min(1)).max(20).default([]),
  territoryCodes: z
    .array(
      z
        .string()
        .trim()
        .regex(/^\d{4,5}$/, 'Escopo territorial: use o código de uma macrorregião ou região.'),
    )
    .max(20)
    .default([]),
};

/** Empty means none: the user gets no reminders. */
const ZEmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(EMAIL_MAX_LENGTH)
  .transform((email) => email || null)
  .refine((email) => email === null || EMAIL_PATTERN.test(email), EMAIL_RULE)
  .nullable();

export const ZCreateUserSchema = z.object({
  username: z.string().trim().toLowerCase().regex(USERNAME_PATTERN, USERNAME_RULE),
  displayName: z.string().trim().min(MIN_DISPLAY_NAME_LENGTH, DISPLAY_NAME_RULE).max(120),
  role: ZRoleSchema,
  email: ZEmailSchema.default(null),
  password: z.string().min(1, 'Informe a senha inicial.').max(200),
  ...ZScopeSchema,
});
export type TCreateUser = z.infer<typeof ZCreateUserSchema>;

export const ZUpdateUserSchema = z.object({
  id: z.number().int().positive(),
  version: z.number().int().positive(),
  displayName: z.string().trim().min(MIN_DISPLAY_NAME_LENGTH, DISPLAY_NAME_RULE).max(120),
  role: ZRoleSchema,
  /** Left out: the address stays as it is. */
  email: ZEmailSchema.optional(),
  isActive: z.boolean(),
  ...ZScopeSchema,
});
export type TUpdateUser = z.infer<typeof ZUpdateUserSchema>;

/** A user's own choice (Minha conta): only their reminders, nothing an administrator decides. */
export const ZSetRemindersSchema = z.object({ receivesReminders: z.boolean() });

export const ZResetPasswordSchema = z.object({
  id: z.number().int().positive(),
  version: z.number().int().positive(),
  password: z.string().min(1, 'Informe a nova senha.').max(200),
});

export const ZIssueTokenSchema = z.object({
  name: z.string().trim().min(3, 'Dê um nome ao token (ex.: Power BI da SAS).').max(80),
});
export const ZRevokeTokenSchema = z.object({ id: z.number().int().positive() });

/** A waiting login key from `admin.loginHolds`, to release. */
export const ZReleaseLoginHoldSchema = z.object({ key: z.string().min(1).max(400) });

export const ZAuditFilterSchema = z.object({
  entity: z.string().trim().max(40).optional(),
  entityKey: z.string().trim().max(200).optional(),
  username: z.string().trim().max(40).optional(),
  from: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Data inicial: use o seletor de data.')
    .optional(),
  to: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Data final: use o seletor de data.')
    .optional(),
  page: z.number().int().min(1).default(1),
});
