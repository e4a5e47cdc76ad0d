// Error codes of the accounts module (Q_ACCOUNTS_*), declared through the kernel's factory.
import { defineErrors, type ErrorCatalogue } from '../kernel';

export const ACCOUNTS_ERRORS = {
  Q_ACCOUNTS_BAD_CREDENTIALS: { kind: 'unauthenticated', title: 'Phone or password is wrong' },
  Q_ACCOUNTS_BAD_CODE: { kind: 'unauthenticated', title: 'The SMS code is wrong or expired' },
  Q_ACCOUNTS_UNAUTHENTICATED: { kind: 'unauthenticated', title: 'Sign in first' },
  Q_ACCOUNTS_FORBIDDEN: { kind: 'forbidden', title: 'Not allowed for your role' },
  Q_ACCOUNTS_INVALID_PHONE: { kind: 'invalid', title: 'Not a mainland mobile number' },
  Q_ACCOUNTS_WEAK_PASSWORD: { kind: 'invalid', title: 'Password must have at least 8 characters' },
  Q_ACCOUNTS_PHONE_TAKEN: { kind: 'conflict', title: 'Phone number already registered' },
  Q_ACCOUNTS_INVALID_GRANT: { kind: 'invalid', title: 'Role grant is missing its scope' },
  Q_ACCOUNTS_NOT_FOUND: { kind: 'not_found', title: 'User not found' },
} as const satisfies ErrorCatalogue;

export type AccountsErrorCode = keyof typeof ACCOUNTS_ERRORS;

export const AccountsError = defineErrors('AccountsError', ACCOUNTS_ERRORS);
export type AccountsError = InstanceType<typeof AccountsError>;
