import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useMe } from '../api/queries';
import { ForbiddenPage } from './forbidden-page';
import { hasAnyRole, PAGE_ROLES, type Page } from './roles';
import { PageSpinner } from './page-spinner';
import { ErrorState } from './error-state';

/**
 * Renders the page only for users holding one of its roles. Others see the 403
 * page in place, and the page's component never mounts, so none of its data is fetched.
 */
export function RequireRole({ page, children }: { page: Page; children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <PageSpinner />;
  if (me.isError) return <ErrorState onRetry={() => void me.refetch()} />;
  if (!me.data) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname)}`} replace />;
  if (!hasAnyRole(me.data, PAGE_ROLES[page])) return <ForbiddenPage />;
  return <>{children}</>;
}
