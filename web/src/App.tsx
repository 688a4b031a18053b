import { lazy, Suspense } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { I18nProvider } from './i18n/I18nProvider';
import { AuthProvider } from './modules/auth/components/AuthProvider';
import { RequireAuth } from './modules/auth/components/RequireAuth';
import { RequireRole } from './modules/console/components/RequireRole';
import { RequireInnovationAccess } from './modules/innovation/components/RequireInnovationAccess';
import { RequireMatchingAccess } from './modules/matching/components/RequireMatchingAccess';
import { PortalLayout } from './modules/portal/components/PortalLayout';
import { RequirePositionAccess } from './modules/positions/components/RequirePositionAccess';
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
const JobsPage = lazy(() => import('./pages/JobsPage').then((m) => ({ default: m.JobsPage })));
const PositionPage = lazy(() => import('./pages/PositionPage').then((m) => ({ default: m.PositionPage })));
const PositionsPage = lazy(() => import('./pages/console/PositionsPage').then((m) => ({ default: m.PositionsPage })));
const PositionCreatePage = lazy(() =>
  import('./pages/console/PositionCreatePage').then((m) => ({ default: m.PositionCreatePage })),
);
const PositionDetailPage = lazy(() =>
  import('./pages/console/PositionDetailPage').then((m) => ({ default: m.PositionDetailPage })),
);
const PositionEditPage = lazy(() => import('./pages/console/PositionEditPage').then((m) => ({ default: m.PositionEditPage })));
const PositionApplicationsPage = lazy(() =>
  import('./pages/console/PositionApplicationsPage').then((m) => ({ default: m.PositionApplicationsPage })),
);
const PositionReviewPage = lazy(() =>
  import('./pages/console/PositionReviewPage').then((m) => ({ default: m.PositionReviewPage })),
);
const MyApplicationsPage = lazy(() =>
  import('./pages/console/MyApplicationsPage').then((m) => ({ default: m.MyApplicationsPage })),
);
const PublicBulletinsPage = lazy(() => import('./pages/PublicBulletinsPage').then((m) => ({ default: m.PublicBulletinsPage })));
const PublicBulletinPage = lazy(() => import('./pages/PublicBulletinPage').then((m) => ({ default: m.PublicBulletinPage })));
const MyProfilePage = lazy(() => import('./pages/console/MyProfilePage').then((m) => ({ default: m.MyProfilePage })));
const MyConsentsPage = lazy(() => import('./pages/console/MyConsentsPage').then((m) => ({ default: m.MyConsentsPage })));
const MyDataPage = lazy(() => import('./pages/console/MyDataPage').then((m) => ({ default: m.MyDataPage })));
const RecommendedForMePage = lazy(() =>
  import('./pages/console/RecommendedForMePage').then((m) => ({ default: m.RecommendedForMePage })),
);
const MyMessagesPage = lazy(() => import('./pages/console/MyMessagesPage').then((m) => ({ default: m.MyMessagesPage })));
const SeekersPage = lazy(() => import('./pages/console/SeekersPage').then((m) => ({ default: m.SeekersPage })));
const SeekerCreatePage = lazy(() => import('./pages/console/SeekerCreatePage').then((m) => ({ default: m.SeekerCreatePage })));
const SeekerImportPage = lazy(() => import('./pages/console/SeekerImportPage').then((m) => ({ default: m.SeekerImportPage })));
const SeekerDetailPage = lazy(() => import('./pages/console/SeekerDetailPage').then((m) => ({ default: m.SeekerDetailPage })));
const SeekerEditPage = lazy(() => import('./pages/console/SeekerEditPage').then((m) => ({ default: m.SeekerEditPage })));
const ConsultationsPage = lazy(() =>
  import('./pages/console/ConsultationsPage').then((m) => ({ default: m.ConsultationsPage })),
);
const BulletinsPage = lazy(() => import('./pages/console/BulletinsPage').then((m) => ({ default: m.BulletinsPage })));
const BulletinCreatePage = lazy(() =>
  import('./pages/console/BulletinCreatePage').then((m) => ({ default: m.BulletinCreatePage })),
);
const BulletinDetailPage = lazy(() =>
  import('./pages/console/BulletinDetailPage').then((m) => ({ default: m.BulletinDetailPage })),
);
const BulletinEditPage = lazy(() => import('./pages/console/BulletinEditPage').then((m) => ({ default: m.BulletinEditPage })));
const PositionCandidatesPage = lazy(() =>
  import('./pages/console/PositionCandidatesPage').then((m) => ({ default: m.PositionCandidatesPage })),
);
const RecommendationsPage = lazy(() =>
  import('./pages/console/RecommendationsPage').then((m) => ({ default: m.RecommendationsPage })),
);
const MatchingWeightsPage = lazy(() =>
  import('./pages/console/MatchingWeightsPage').then((m) => ({ default: m.MatchingWeightsPage })),
);
const AllocationsPage = lazy(() => import('./pages/console/AllocationsPage').then((m) => ({ default: m.AllocationsPage })));
const AllocationCreatePage = lazy(() =>
  import('./pages/console/AllocationCreatePage').then((m) => ({ default: m.AllocationCreatePage })),
);
const AllocationDetailPage = lazy(() =>
  import('./pages/console/AllocationDetailPage').then((m) => ({ default: m.AllocationDetailPage })),
);
const OutboxPage = lazy(() => import('./pages/console/OutboxPage').then((m) => ({ default: m.OutboxPage })));
const InnovationPage = lazy(() => import('./pages/console/InnovationPage').then((m) => ({ default: m.InnovationPage })));
const InnovationIndexDetailPage = lazy(() =>
  import('./pages/console/InnovationIndexDetailPage').then((m) => ({ default: m.InnovationIndexDetailPage })),
);
const InnovationLoansPage = lazy(() => import('./pages/console/InnovationLoansPage').then((m) => ({ default: m.InnovationLoansPage })));
const InnovationLoanDetailPage = lazy(() =>
  import('./pages/console/InnovationLoanDetailPage').then((m) => ({ default: m.InnovationLoanDetailPage })),
);
const TrainingPage = lazy(() => import('./pages/console/TrainingPage').then((m) => ({ default: m.TrainingPage })));
const TrainingProgrammesPage = lazy(() =>
  import('./pages/console/TrainingProgrammesPage').then((m) => ({ default: m.TrainingProgrammesPage })),
);
const TrainingProgrammePage = lazy(() =>
  import('./pages/console/TrainingProgrammePage').then((m) => ({ default: m.TrainingProgrammePage })),
);
const CompetitionsPage = lazy(() => import('./pages/console/CompetitionsPage').then((m) => ({ default: m.CompetitionsPage })));
const CompetitionPage = lazy(() => import('./pages/console/CompetitionPage').then((m) => ({ default: m.CompetitionPage })));
const CertificatePage = lazy(() => import('./pages/CertificatePage').then((m) => ({ default: m.CertificatePage })));
// 招聘会 on a phone: the portal calendar and tickets, staff check-in and booth desks.
const FairsPage = lazy(() => import('./pages/FairsPage').then((m) => ({ default: m.FairsPage })));
const FairPage = lazy(() => import('./pages/FairPage').then((m) => ({ default: m.FairPage })));
const FairRegisterPage = lazy(() => import('./pages/FairRegisterPage').then((m) => ({ default: m.FairRegisterPage })));
const TicketPage = lazy(() => import('./pages/TicketPage').then((m) => ({ default: m.TicketPage })));
const BoothScanPage = lazy(() => import('./pages/BoothScanPage').then((m) => ({ default: m.BoothScanPage })));
const FairCheckinPage = lazy(() => import('./pages/console/FairCheckinPage').then((m) => ({ default: m.FairCheckinPage })));
const FairBoothDeskPage = lazy(() => import('./pages/console/FairBoothDeskPage').then((m) => ({ default: m.FairBoothDeskPage })));
const MyFairsPage = lazy(() => import('./pages/console/MyFairsPage').then((m) => ({ default: m.MyFairsPage })));
// 招聘会 in the console: list, create/edit, one fair's tabs, the year overview.
const ConsoleFairsPage = lazy(() => import('./pages/console/FairsPage').then((m) => ({ default: m.FairsPage })));
const FairCreatePage = lazy(() => import('./pages/console/FairCreatePage').then((m) => ({ default: m.FairCreatePage })));
const FairEditPage = lazy(() => import('./pages/console/FairEditPage').then((m) => ({ default: m.FairEditPage })));
const FairDetailPage = lazy(() => import('./pages/console/FairDetailPage').then((m) => ({ default: m.FairDetailPage })));
const FairsOverviewPage = lazy(() => import('./pages/console/FairsOverviewPage').then((m) => ({ default: m.FairsOverviewPage })));
// 网络直播带岗: the portal schedule and viewer, the console's sessions, host console and replay.
const LiveListPage = lazy(() => import('./pages/LiveListPage').then((m) => ({ default: m.LiveListPage })));
const LiveViewerPage = lazy(() => import('./pages/LiveViewerPage').then((m) => ({ default: m.LiveViewerPage })));
const LiveSessionsPage = lazy(() => import('./pages/console/LiveSessionsPage').then((m) => ({ default: m.LiveSessionsPage })));
const LiveSessionFormPage = lazy(() => import('./pages/console/LiveSessionFormPage').then((m) => ({ default: m.LiveSessionFormPage })));
const LiveHostPage = lazy(() => import('./pages/console/LiveHostPage').then((m) => ({ default: m.LiveHostPage })));
const LiveReplayPage = lazy(() => import('./pages/console/LiveReplayPage').then((m) => ({ default: m.LiveReplayPage })));
// 联合体治理 and 三张清单 (governance).
const GovernancePage = lazy(() => import('./pages/console/GovernancePage').then((m) => ({ default: m.GovernancePage })));
const CouncilPage = lazy(() => import('./pages/console/CouncilPage').then((m) => ({ default: m.CouncilPage })));
const MeetingsPage = lazy(() => import('./pages/console/MeetingsPage').then((m) => ({ default: m.MeetingsPage })));
const MeetingDetailPage = lazy(() => import('./pages/console/MeetingDetailPage').then((m) => ({ default: m.MeetingDetailPage })));
const AgreementsPage = lazy(() => import('./pages/console/AgreementsPage').then((m) => ({ default: m.AgreementsPage })));
const AgreementDetailPage = lazy(() => import('./pages/console/AgreementDetailPage').then((m) => ({ default: m.AgreementDetailPage })));
const AppointmentsPage = lazy(() => import('./pages/console/AppointmentsPage').then((m) => ({ default: m.AppointmentsPage })));
const AppointmentDetailPage = lazy(() => import('./pages/console/AppointmentDetailPage').then((m) => ({ default: m.AppointmentDetailPage })));
const VisitsPage = lazy(() => import('./pages/console/VisitsPage').then((m) => ({ default: m.VisitsPage })));
const VisitDetailPage = lazy(() => import('./pages/console/VisitDetailPage').then((m) => ({ default: m.VisitDetailPage })));
const DemonstrationProjectsPage = lazy(() => import('./pages/console/DemonstrationProjectsPage').then((m) => ({ default: m.DemonstrationProjectsPage })));
const DemonstrationProjectDetailPage = lazy(() => import('./pages/console/DemonstrationProjectDetailPage').then((m) => ({ default: m.DemonstrationProjectDetailPage })));
const ThreeListsPage = lazy(() => import('./pages/console/ThreeListsPage').then((m) => ({ default: m.ThreeListsPage })));
const TechTransferPage = lazy(() => import('./pages/console/TechTransferPage').then((m) => ({ default: m.TechTransferPage })));
const PatentDetailPage = lazy(() => import('./pages/console/PatentDetailPage').then((m) => ({ default: m.PatentDetailPage })));
const ChallengesPage = lazy(() => import('./pages/console/ChallengesPage').then((m) => ({ default: m.ChallengesPage })));
const ChallengeDetailPage = lazy(() => import('./pages/console/ChallengeDetailPage').then((m) => ({ default: m.ChallengeDetailPage })));

const router = createBrowserRouter([
  {
    element: <PortalLayout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'login', element: <LoginPage /> },
      { path: 'register', element: <RegisterPage /> },
      { path: 'privacy', element: <PrivacyPage /> },
      {
        path: 'jobs',
        element: (
          <Suspense fallback={<LoadingBlock minHeight={320} />}>
            <JobsPage />
          </Suspense>
        ),
      },
      {
        path: 'positions/:id',
        element: (
          <Suspense fallback={<LoadingBlock minHeight={320} />}>
            <PositionPage />
          </Suspense>
        ),
      },
      {
        path: 'bulletins',
        element: (
          <Suspense fallback={<LoadingBlock minHeight={320} />}>
            <PublicBulletinsPage />
          </Suspense>
        ),
      },
      {
        path: 'bulletins/:id',
        element: (
          <Suspense fallback={<LoadingBlock minHeight={320} />}>
            <PublicBulletinPage />
          </Suspense>
        ),
      },
      {
        path: 'fairs',
        element: (
          <Suspense fallback={<LoadingBlock minHeight={320} />}>
            <FairsPage />
          </Suspense>
        ),
      },
      {
        path: 'fairs/booth/:qrToken',
        element: (
          <Suspense fallback={<LoadingBlock minHeight={320} />}>
            <BoothScanPage />
          </Suspense>
        ),
      },
      {
        path: 'fairs/:id',
        element: (
          <Suspense fallback={<LoadingBlock minHeight={320} />}>
            <FairPage />
          </Suspense>
        ),
      },
      {
        path: 'fairs/:id/register',
        element: (
          <Suspense fallback={<LoadingBlock minHeight={320} />}>
            <FairRegisterPage />
          </Suspense>
        ),
      },
      {
        path: 't/:ticketCode',
        element: (
          <Suspense fallback={<LoadingBlock minHeight={320} />}>
            <TicketPage />
          </Suspense>
        ),
      },
      {
        path: 'live',
        element: (
          <Suspense fallback={<LoadingBlock minHeight={320} />}>
            <LiveListPage />
          </Suspense>
        ),
      },
      {
        path: 'live/:id',
        element: (
          <Suspense fallback={<LoadingBlock minHeight={320} />}>
            <LiveViewerPage />
          </Suspense>
        ),
      },
      {
        path: 'certificates/:number?',
        element: (
          <Suspense fallback={<LoadingBlock minHeight={320} />}>
            <CertificatePage />
          </Suspense>
        ),
      },
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
      {
        path: 'positions',
        element: (
          <RequirePositionAccess access="read">
            <PositionsPage />
          </RequirePositionAccess>
        ),
      },
      {
        path: 'positions/new',
        element: (
          <RequirePositionAccess access="write">
            <PositionCreatePage />
          </RequirePositionAccess>
        ),
      },
      {
        path: 'positions/:id',
        element: (
          <RequirePositionAccess access="read">
            <PositionDetailPage />
          </RequirePositionAccess>
        ),
      },
      {
        path: 'positions/:id/edit',
        element: (
          <RequirePositionAccess access="write">
            <PositionEditPage />
          </RequirePositionAccess>
        ),
      },
      {
        path: 'positions/:id/applications',
        element: (
          <RequirePositionAccess access="read">
            <PositionApplicationsPage />
          </RequirePositionAccess>
        ),
      },
      {
        path: 'positions/:id/candidates',
        element: (
          <RequireMatchingAccess access="candidates">
            <PositionCandidatesPage />
          </RequireMatchingAccess>
        ),
      },
      {
        path: 'recommendations',
        element: (
          <RequireMatchingAccess access="recommendations">
            <RecommendationsPage />
          </RequireMatchingAccess>
        ),
      },
      {
        path: 'matching-weights',
        element: (
          <RequireRole roles={['operator', 'government']}>
            <MatchingWeightsPage />
          </RequireRole>
        ),
      },
      {
        path: 'allocations',
        element: (
          <RequireRole roles={['operator']}>
            <AllocationsPage />
          </RequireRole>
        ),
      },
      {
        path: 'allocations/new',
        element: (
          <RequireRole roles={['operator']}>
            <AllocationCreatePage />
          </RequireRole>
        ),
      },
      {
        path: 'allocations/:id',
        element: (
          <RequireRole roles={['operator']}>
            <AllocationDetailPage />
          </RequireRole>
        ),
      },
      {
        path: 'outbox',
        element: (
          <RequireRole roles={['operator']}>
            <OutboxPage />
          </RequireRole>
        ),
      },
      {
        path: 'innovation',
        element: (
          <RequireInnovationAccess viewers={['operator', 'government', 'enterprise']}>
            <InnovationPage />
          </RequireInnovationAccess>
        ),
      },
      {
        path: 'innovation/:organisationId',
        element: (
          <RequireInnovationAccess viewers={['operator', 'government']}>
            <InnovationIndexDetailPage />
          </RequireInnovationAccess>
        ),
      },
      {
        path: 'innovation-loans',
        element: (
          <RequireInnovationAccess viewers={['operator', 'government', 'enterprise', 'bank']}>
            <InnovationLoansPage />
          </RequireInnovationAccess>
        ),
      },
      {
        path: 'innovation-loans/:id',
        element: (
          <RequireInnovationAccess viewers={['operator', 'government', 'enterprise', 'bank']}>
            <InnovationLoanDetailPage />
          </RequireInnovationAccess>
        ),
      },
      {
        path: 'position-review',
        element: (
          <RequireRole roles={['operator']}>
            <PositionReviewPage />
          </RequireRole>
        ),
      },
      {
        path: 'applications',
        element: (
          <RequireRole roles={['seeker']}>
            <MyApplicationsPage />
          </RequireRole>
        ),
      },
      {
        path: 'me/fairs',
        element: (
          <RequireRole roles={['seeker']}>
            <MyFairsPage />
          </RequireRole>
        ),
      },
      {
        path: 'fairs',
        element: (
          <RequireRole roles={['operator', 'government', 'org_admin', 'org_staff']}>
            <ConsoleFairsPage />
          </RequireRole>
        ),
      },
      {
        path: 'fairs/new',
        element: (
          <RequireRole roles={['operator', 'org_admin', 'org_staff']}>
            <FairCreatePage />
          </RequireRole>
        ),
      },
      {
        path: 'fairs/overview',
        element: (
          <RequireRole roles={['operator', 'government']}>
            <FairsOverviewPage />
          </RequireRole>
        ),
      },
      {
        path: 'fairs/:id',
        element: (
          <RequireRole roles={['operator', 'government', 'org_admin', 'org_staff']}>
            <FairDetailPage />
          </RequireRole>
        ),
      },
      {
        path: 'fairs/:id/edit',
        element: (
          <RequireRole roles={['operator', 'org_admin', 'org_staff']}>
            <FairEditPage />
          </RequireRole>
        ),
      },
      {
        path: 'fairs/:id/checkin',
        element: (
          <RequireRole roles={['operator', 'org_admin', 'org_staff']}>
            <FairCheckinPage />
          </RequireRole>
        ),
      },
      {
        path: 'fairs/:id/booth',
        element: (
          <RequireRole roles={['org_admin', 'org_staff']}>
            <FairBoothDeskPage />
          </RequireRole>
        ),
      },
      {
        path: 'profile',
        element: (
          <RequireRole roles={['seeker']}>
            <MyProfilePage />
          </RequireRole>
        ),
      },
      {
        path: 'consents',
        element: (
          <RequireRole roles={['seeker']}>
            <MyConsentsPage />
          </RequireRole>
        ),
      },
      {
        path: 'my-data',
        element: (
          <RequireRole roles={['seeker']}>
            <MyDataPage />
          </RequireRole>
        ),
      },
      {
        path: 'recommended',
        element: (
          <RequireRole roles={['seeker']}>
            <RecommendedForMePage />
          </RequireRole>
        ),
      },
      {
        path: 'messages',
        element: (
          <RequireRole roles={['seeker']}>
            <MyMessagesPage />
          </RequireRole>
        ),
      },
      {
        path: 'seekers',
        element: (
          <RequireRole roles={['operator']}>
            <SeekersPage />
          </RequireRole>
        ),
      },
      {
        path: 'seekers/new',
        element: (
          <RequireRole roles={['operator']}>
            <SeekerCreatePage />
          </RequireRole>
        ),
      },
      {
        path: 'seekers/import',
        element: (
          <RequireRole roles={['operator']}>
            <SeekerImportPage />
          </RequireRole>
        ),
      },
      {
        path: 'seekers/:id',
        element: (
          <RequireRole roles={['operator']}>
            <SeekerDetailPage />
          </RequireRole>
        ),
      },
      {
        path: 'seekers/:id/edit',
        element: (
          <RequireRole roles={['operator']}>
            <SeekerEditPage />
          </RequireRole>
        ),
      },
      {
        path: 'consultations',
        element: (
          <RequireRole roles={['operator', 'government']}>
            <ConsultationsPage />
          </RequireRole>
        ),
      },
      {
        path: 'bulletins',
        element: (
          <RequireRole roles={['operator', 'government']}>
            <BulletinsPage />
          </RequireRole>
        ),
      },
      {
        path: 'bulletins/new',
        element: (
          <RequireRole roles={['operator']}>
            <BulletinCreatePage />
          </RequireRole>
        ),
      },
      {
        path: 'bulletins/:id',
        element: (
          <RequireRole roles={['operator', 'government']}>
            <BulletinDetailPage />
          </RequireRole>
        ),
      },
      {
        path: 'bulletins/:id/edit',
        element: (
          <RequireRole roles={['operator']}>
            <BulletinEditPage />
          </RequireRole>
        ),
      },
      {
        path: 'training',
        element: (
          <RequireRole roles={['operator', 'government', 'org_admin', 'org_staff']}>
            <TrainingPage />
          </RequireRole>
        ),
      },
      {
        path: 'training-programmes',
        element: (
          <RequireRole roles={['operator', 'government']}>
            <TrainingProgrammesPage />
          </RequireRole>
        ),
      },
      {
        path: 'training-programmes/:id',
        element: (
          <RequireRole roles={['operator', 'government']}>
            <TrainingProgrammePage />
          </RequireRole>
        ),
      },
      {
        path: 'competitions',
        element: (
          <RequireRole roles={['operator', 'government']}>
            <CompetitionsPage />
          </RequireRole>
        ),
      },
      {
        path: 'competitions/:id',
        element: (
          <RequireRole roles={['operator', 'government']}>
            <CompetitionPage />
          </RequireRole>
        ),
      },
      {
        path: 'governance',
        element: (
          <RequireRole roles={['operator', 'government', 'org_admin', 'org_staff']}>
            <GovernancePage />
          </RequireRole>
        ),
        children: [
          { index: true, element: <CouncilPage /> },
          { path: 'council', element: <CouncilPage /> },
          { path: 'meetings', element: <MeetingsPage /> },
          { path: 'meetings/:id', element: <MeetingDetailPage /> },
          { path: 'agreements', element: <AgreementsPage /> },
          { path: 'agreements/:id', element: <AgreementDetailPage /> },
          { path: 'appointments', element: <AppointmentsPage /> },
          { path: 'appointments/:id', element: <AppointmentDetailPage /> },
          { path: 'visits', element: <VisitsPage /> },
          { path: 'visits/:id', element: <VisitDetailPage /> },
          { path: 'projects', element: <DemonstrationProjectsPage /> },
          { path: 'projects/:id', element: <DemonstrationProjectDetailPage /> },
        ],
      },
      {
        path: 'three-lists',
        element: (
          <RequireRole roles={['operator', 'government', 'org_admin', 'org_staff']}>
            <ThreeListsPage />
          </RequireRole>
        ),
      },
      // 科技成果转化 and 揭榜挂帅: every organisation's staff see their own part; the server scopes the records.
      {
        path: 'techtransfer',
        element: (
          <RequireRole roles={['operator', 'government', 'org_admin', 'org_staff']}>
            <TechTransferPage />
          </RequireRole>
        ),
      },
      {
        path: 'techtransfer/patents/:id',
        element: (
          <RequireRole roles={['operator', 'government', 'org_admin', 'org_staff']}>
            <PatentDetailPage />
          </RequireRole>
        ),
      },
      {
        path: 'challenges',
        element: (
          <RequireRole roles={['operator', 'government', 'org_admin', 'org_staff']}>
            <ChallengesPage />
          </RequireRole>
        ),
      },
      {
        path: 'challenges/:id',
        element: (
          <RequireRole roles={['operator', 'government', 'org_admin', 'org_staff']}>
            <ChallengeDetailPage />
          </RequireRole>
        ),
      },
      {
        path: 'live',
        element: (
          <RequireRole roles={['operator', 'government', 'org_admin', 'org_staff']}>
            <LiveSessionsPage />
          </RequireRole>
        ),
      },
      {
        path: 'live/new',
        element: (
          <RequireRole roles={['operator', 'org_admin', 'org_staff']}>
            <LiveSessionFormPage />
          </RequireRole>
        ),
      },
      {
        path: 'live/:id/edit',
        element: (
          <RequireRole roles={['operator', 'org_admin', 'org_staff']}>
            <LiveSessionFormPage />
          </RequireRole>
        ),
      },
      {
        path: 'live/:id/host',
        element: (
          <RequireRole roles={['operator', 'org_admin', 'org_staff']}>
            <LiveHostPage />
          </RequireRole>
        ),
      },
      {
        path: 'live/:id/replay',
        element: (
          <RequireRole roles={['operator', 'government', 'org_admin', 'org_staff']}>
            <LiveReplayPage />
          </RequireRole>
        ),
      },
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
