import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { LoginPage } from '../features/auth/login-page';
import { useMe } from '../api/queries';
import { AppLayout } from './layout';
import { RequireRole } from './require-role';
import { homeOf, type Page } from './roles';
import { NotFoundPage } from './not-found-page';
import { FEATURE_PAGES } from './feature-pages';
import { PageSpinner } from './page-spinner';

const ResidentHome = lazy(() => import('../features/home/resident-home'));
const MerchantHome = lazy(() => import('../features/home/merchant-home'));
const OperatorHome = lazy(() => import('../features/home/operator-home'));
const InspectorHome = lazy(() => import('../features/home/inspector-home'));
const OfficerHome = lazy(() => import('../features/home/officer-home'));
const AdminHome = lazy(() => import('../features/admin/admin-home'));
const DirectoryPage = lazy(() => import('../features/merchants/directory-page'));
const PlannerPage = lazy(() => import('../features/planner/planner-page'));
const PlannerReportPage = lazy(() => import('../features/planner/report-page'));
const CityPage = lazy(() => import('../features/city/city-page'));

/** Feature pages, each loaded on first visit. */
const featureRoutes = FEATURE_PAGES.map((p) => ({ ...p, Component: lazy(p.load) }));

function guarded(page: Page, element: ReactNode) {
  return (
    <RequireRole page={page}>
      <Suspense fallback={<PageSpinner />}>{element}</Suspense>
    </RequireRole>
  );
}

/** `/` sends a signed-in user to the home of their role. */
function RoleRedirect() {
  const me = useMe();
  if (me.isPending) return <PageSpinner />;
  if (!me.data) return <Navigate to="/login" replace />;
  return <Navigate to={homeOf(me.data)} replace />;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      {featureRoutes
        .filter((p) => p.public)
        .map(({ key, path, Component }) => (
          <Route
            key={key}
            path={`/${path}`}
            element={
              <Suspense fallback={<PageSpinner />}>
                <Component />
              </Suspense>
            }
          />
        ))}
      <Route element={<AppLayout />}>
        <Route index element={<RoleRedirect />} />
        <Route path="resident" element={guarded('resident', <ResidentHome />)} />
        <Route path="merchant" element={guarded('merchant', <MerchantHome />)} />
        <Route path="operator" element={guarded('operator', <OperatorHome />)} />
        <Route path="inspector" element={guarded('inspector', <InspectorHome />)} />
        <Route path="officer" element={guarded('officer', <OfficerHome />)} />
        <Route path="admin" element={guarded('admin', <AdminHome />)} />
        <Route path="directory" element={guarded('directory', <DirectoryPage />)} />
        <Route path="planner" element={guarded('planner', <PlannerPage />)} />
        <Route path="planner/report" element={guarded('planner', <PlannerReportPage />)} />
        <Route path="city" element={guarded('city', <CityPage />)} />
        {featureRoutes
          .filter((p) => !p.public)
          .map(({ key, path, Component }) => (
            <Route key={key} path={path} element={guarded(key, <Component />)} />
          ))}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
