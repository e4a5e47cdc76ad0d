import type { FeaturePage } from '../../app/feature-page';

export const RESIDENT_PAGES: readonly FeaturePage[] = [
  {
    key: 'profile',
    path: 'me',
    roles: ['resident', 'merchant_staff', 'operator_staff', 'admin'],
    titleKey: 'residents.nav',
    load: () => import('./profile-page'),
    nav: true,
  },
  {
    key: 'resident-register',
    path: 'operator/residents',
    roles: ['operator_staff', 'officer', 'admin'],
    titleKey: 'residents.registerNav',
    load: () => import('./register-page'),
    nav: true,
  },
];
