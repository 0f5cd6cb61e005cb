import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { BoardPage } from '../features/board/BoardPage';
import { useViewer } from '../features/identity/useViewer';
import { JoinPage } from '../features/rooms/JoinPage';
import { WelcomePage } from '../features/welcome/WelcomePage';
import { Loading } from '../ui/Loading';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';

// Facilitator screens are loaded on demand: participants on a phone only download
// the welcome page and what a live session needs.
const LoginPage = lazy(() => import('../features/identity/LoginPage'));
const DashboardPage = lazy(() => import('../features/dashboard/DashboardPage'));
const ConsolePage = lazy(() => import('../features/facilitation/ConsolePage'));
const SummaryPage = lazy(() => import('../features/facilitation/SummaryPage'));
const LibraryPage = lazy(() => import('../features/library/LibraryPage'));
const InitiativePage = lazy(() => import('../features/library/InitiativePage'));
const InitiativeEditPage = lazy(() => import('../features/library/InitiativeEditPage'));
const LibraryImportPage = lazy(() => import('../features/library/ImportPage'));
const NeedsPage = lazy(() => import('../features/needs/NeedsPage'));
const TokensPage = lazy(() => import('../features/tokens/TokensPage'));
const PipelinePage = lazy(() => import('../features/pipeline/PipelinePage'));
const StudyPage = lazy(() => import('../features/pipeline/StudyPage'));
const ProjectPage = lazy(() => import('../features/pipeline/ProjectPage'));
const CohortsPage = lazy(() => import('../features/pipeline/CohortsPage'));
const FunnelPage = lazy(() => import('../features/pipeline/FunnelPage'));
const ApplyPage = lazy(() => import('../features/pipeline/ApplyPage'));

/** `/`: the facilitator's dashboard, or the participant welcome for everyone else. */
function Home() {
  const { t } = useTranslation();
  const { loading, isFacilitator } = useViewer();
  if (loading) return <Loading label={t('app.loading')} />;
  return isFacilitator ? <DashboardPage /> : <WelcomePage />;
}

/**
 * Routes, in French like the rest of what people see:
 * `/rejoindre` and `/r/:code` join a session, `/salle/:roomId` is the live room,
 * `/animer/:roomId` the facilitator's console and `/animer/:roomId/synthese` its printable summary,
 * `/bibliotheque` the benchmark library (search, `fiche/:id`, `nouvelle`, `import`),
 * `/pipeline` studies and projects (`etude/:id`, `projet/:id`, `promotions`, `entonnoir`), `/appel/:callId` a public call form.
 */
export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<Home />} />
        <Route path="login" element={<LoginPage />} />
        <Route path="rejoindre" element={<JoinPage />} />
        <Route path="r/:code" element={<JoinPage />} />
        <Route path="salle/:roomId" element={<BoardPage />} />
        <Route path="animer/:roomId" element={<ConsolePage />} />
        <Route path="animer/:roomId/synthese" element={<SummaryPage />} />
        <Route path="bibliotheque" element={<LibraryPage />} />
        <Route path="bibliotheque/nouvelle" element={<InitiativeEditPage />} />
        <Route path="bibliotheque/import" element={<LibraryImportPage />} />
        <Route path="bibliotheque/fiche/:id" element={<InitiativePage />} />
        <Route path="bibliotheque/fiche/:id/modifier" element={<InitiativeEditPage />} />
        <Route path="besoins" element={<NeedsPage />} />
        <Route path="jetons" element={<TokensPage />} />
        <Route path="pipeline" element={<PipelinePage />} />
        <Route path="pipeline/etude/:id" element={<StudyPage />} />
        <Route path="pipeline/projet/:id" element={<ProjectPage />} />
        <Route path="pipeline/promotions" element={<CohortsPage />} />
        <Route path="pipeline/entonnoir" element={<FunnelPage />} />
        <Route path="appel/:callId" element={<ApplyPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
