import { lazy, Suspense } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { I18nProvider } from './i18n/I18nProvider';
import { AuthProvider } from './modules/auth/components/AuthProvider';
import { RequireAuth } from './modules/auth/components/RequireAuth';
import { RequireRole } from './modules/console/components/RequireRole';
import { PortalLayout } from './modules/portal/components/PortalLayout';
import { HomePage } from './pages/HomePage';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PrivacyPage } from './pages/PrivacyPage';
import { RegisterPage } from './pages/RegisterPage';
import { LoadingBlock } from './ui/LoadingBlock';

// The console is loaded on demand: job seekers on phones download only the portal first.
const ConsoleLayout = lazy(() =>
  import('./modules/console/components/ConsoleLayout').then((m) => ({ default: m.ConsoleLayout })),
);
const ConsoleHomePage = lazy(() => import('./pages/console/ConsoleHomePage').then((m) => ({ default: m.ConsoleHomePage })));
const OrganisationsPage = lazy(() =>
  import('./pages/console/OrganisationsPage').then((m) => ({ default: m.OrganisationsPage })),
);
const OrganisationCreatePage = lazy(() =>
  import('./pages/console/OrganisationCreatePage').then((m) => ({ default: m.OrganisationCreatePage })),
);
const OrganisationImportPage = lazy(() =>
  import('./pages/console/OrganisationImportPage').then((m) => ({ default: m.OrganisationImportPage })),
);
const OrganisationDetailPage = lazy(() =>
  import('./pages/console/OrganisationDetailPage').then((m) => ({ default: m.OrganisationDetailPage })),
);
const OrganisationEditPage = lazy(() =>
  import('./pages/console/OrganisationEditPage').then((m) => ({ default: m.OrganisationEditPage })),
);
const StaffPage = lazy(() => import('./pages/console/StaffPage').then((m) => ({ default: m.StaffPage })));
const AuditPage = lazy(() => import('./pages/console/AuditPage').then((m) => ({ default: m.AuditPage })));
const SecurityPage = lazy(() => import('./pages/console/SecurityPage').then((m) => ({ default: m.SecurityPage })));

const router = createBrowserRouter([
  {
    element: <PortalLayout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'login', element: <LoginPage /> },
      { path: 'register', element: <RegisterPage /> },
      { path: 'privacy', element: <PrivacyPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
  {
    path: 'console',
    element: (
      <RequireAuth>
        <Suspense fallback={<LoadingBlock minHeight={320} />}>
          <ConsoleLayout />
        </Suspense>
      </RequireAuth>
    ),
    children: [
      { index: true, element: <ConsoleHomePage /> },
      {
        path: 'organisations',
        element: (
          <RequireRole roles={['operator', 'government']}>
            <OrganisationsPage />
          </RequireRole>
        ),
      },
      {
        path: 'organisations/new',
        element: (
          <RequireRole roles={['operator']}>
            <OrganisationCreatePage />
          </RequireRole>
        ),
      },
      {
        path: 'organisations/import',
        element: (
          <RequireRole roles={['operator']}>
            <OrganisationImportPage />
          </RequireRole>
        ),
      },
      { path: 'organisations/:id', element: <OrganisationDetailPage /> },
      {
        path: 'organisations/:id/edit',
        element: (
          <RequireRole roles={['operator']}>
            <OrganisationEditPage />
          </RequireRole>
        ),
      },
      {
        path: 'organisation',
        element: (
          <RequireRole roles={['org_admin', 'org_staff']}>
            <OrganisationDetailPage isOwn />
          </RequireRole>
        ),
      },
      {
        path: 'staff',
        element: (
          <RequireRole roles={['org_admin']}>
            <StaffPage />
          </RequireRole>
        ),
      },
      {
        path: 'audit',
        element: (
          <RequireRole roles={['operator']}>
            <AuditPage />
          </RequireRole>
        ),
      },
      { path: 'security', element: <SecurityPage /> },
      { path: '*', element: <NotFoundPage homePath="/console" /> },
    ],
  },
]);

export function App() {
  return (
    <I18nProvider>
      <AuthProvider>
        <RouterProvider router={router} />
      </AuthProvider>
    </I18nProvider>
  );
}
