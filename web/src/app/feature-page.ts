// A page a feature module contributes to the app (see feature-pages.ts).
import type { ComponentType } from 'react';
import type { Role } from '../api/types';

export interface FeaturePage {
  /** Unique key, also the page's role-table entry. */
  key: string;
  /** Route path without the leading slash; may hold params (`orders/:id`). */
  path: string;
  /** Who may open it; the server enforces the same on every API route. */
  roles: readonly Role[];
  /** i18n key of its menu title. */
  titleKey: string;
  load: () => Promise<{ default: ComponentType }>;
  /** Listed in the header menu and the phone tab bar (detail pages are not). */
  nav?: boolean;
  /** Pages that need no sign-in (public boards, trace codes). */
  public?: boolean;
}
