// Accounts' actions: managing users and their roles is an administrator's job.
import { definePolicy } from '../kernel';

export const ACCOUNTS_POLICY = definePolicy({
  module: 'users',
  actions: {
    'users.list': 'list user accounts with masked phone numbers',
    'users.create': 'create a user with role grants',
    'users.update': 'change a user’s name, status or role grants',
  },
  grants: {},
});
