import { Suspense, lazy, useEffect, useState } from 'react';
import { AppShell, Alert, Badge, Button, Group, NavLink, Text, Title } from '@mantine/core';
import { PageLoading } from './screens/shared/PageLoading';
import { ApiError, get, signOut } from './api';
import { type Me, type Screen, screenFromPath, screensFor } from './logic/navigation';
import { LanguagePicker, useTranslation } from './i18n/i18n';
import { IncidentBanner } from './screens/IncidentBanner';
import { PauseBanner } from './screens/pause/PauseBanner';
import { usePaused } from './screens/pause/usePublishingPauses';
import { PausesProvider } from './screens/pause/PausesProvider';
import { AvailabilityControl } from './screens/availability/AvailabilityControl';
import { NotificationBell } from './screens/notifications/NotificationBell';
import { takesConversations } from './logic/availability/availability';
import { ChannelHealthBanner } from './screens/channels/ChannelHealthBanner';

// Each screen is its own chunk, fetched when first opened: the first screen loads only its own script (the analytics
// charts and the calendar grid are most of the console's weight and only their screens need them).
const InboxScreen = lazy(() => import('./screens/Inbox').then((m) => ({ default: m.InboxScreen })));
const StandardsScreen = lazy(() => import('./screens/Standards').then((m) => ({ default: m.StandardsScreen })));
const CalendarScreen = lazy(() => import('./screens/Calendar').then((m) => ({ default: m.CalendarScreen })));
const StoryScreen = lazy(() => import('./screens/Story').then((m) => ({ default: m.StoryScreen })));
const AnalyticsScreen = lazy(() => import('./screens/Analytics').then((m) => ({ default: m.AnalyticsScreen })));
const ReportsScreen = lazy(() => import('./screens/Reports').then((m) => ({ default: m.ReportsScreen })));
const ApprovalsScreen = lazy(() => import('./screens/Approvals').then((m) => ({ default: m.ApprovalsScreen })));
const ComplaintsScreen = lazy(() => import('./screens/Complaints').then((m) => ({ default: m.ComplaintsScreen })));
const IncidentsScreen = lazy(() => import('./screens/Incidents').then((m) => ({ default: m.IncidentsScreen })));
const BrandSetupScreen = lazy(() => import('./screens/BrandSetup').then((m) => ({ default: m.BrandSetupScreen })));
const CareSetupScreen = lazy(() => import('./screens/CareSetup').then((m) => ({ default: m.CareSetupScreen })));
const ChannelsScreen = lazy(() => import('./screens/Channels').then((m) => ({ default: m.ChannelsScreen })));

export function App() {
  const { t } = useTranslation('common');
  const [me, setMe] = useState<Me | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [screen, setScreen] = useState<Screen | null>(null);
  const [path, setPath] = useState(window.location.pathname);

  useEffect(() => {
    get<Me>('/bff/me')
      .then(({ body }) => {
        setMe(body);
        setScreen(screenFromPath(window.location.pathname, screensFor(body)));
      })
      .catch((e: ApiError) => setError(e.message));
  }, []);

  // The browser's back and forward buttons move between screens.
  useEffect(() => {
    if (!me) return undefined;
    const onPop = () => {
      setPath(window.location.pathname);
      setScreen(screenFromPath(window.location.pathname, screensFor(me)));
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [me]);

  if (error) return <Alert color="red" title={t('app.loadFailed')}>{error}</Alert>;
  if (!me) return <PageLoading />;

  const screens = screensFor(me);
  /** Opens an address of the console (a screen, or a view inside one such as /stories/<id>). */
  const navigate = (to: string) => {
    window.history.pushState({}, '', to);
    const pathname = to.split('?')[0];
    setPath(pathname);
    setScreen(screenFromPath(pathname, screens));
    window.scrollTo?.(0, 0);
  };
  const go = (s: Screen) => navigate(`/${s}`);
  const storyId = path.startsWith('/stories/') ? path.split('/')[2] ?? null : null;

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 200, breakpoint: 'sm' }} padding="md">
      <a className="skip-link" href="#main">{t('app.skip')}</a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Title order={1} size="h3">{t('app.name')}</Title>
          <Group gap="sm">
            <Text size="sm" data-testid="user-name">{me.displayName} ({me.userName})</Text>
            {me.brands.map((b) => <Badge key={b} color="indigo.8" variant="filled">{b}</Badge>)}
            {takesConversations(me.roles) && <AvailabilityControl />}
            <NotificationBell me={me} navigate={navigate} />
            <Button variant="subtle" size="compact-sm" c="indigo.9" onClick={() => { void signOut(); }}>{t('app.signOut')}</Button>
            <LanguagePicker />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('app.screens')}>
        {screens.map((s) => (
          <NavLink key={s} component="a" href={`/${s}`} label={t(`screen.${s}`)} active={s === screen}
            aria-current={s === screen ? 'page' : undefined}
            onClick={(e) => { e.preventDefault(); go(s); }} />
        ))}
        {screens.length === 0 && <Text size="sm">{t('app.noScreens')}</Text>}
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <PausesProvider me={me}>
        <CrisisBanners me={me} onOpen={() => go('incidents')} />
        <ChannelHealthBanner me={me} onOpen={() => go('channels')} />
        <Suspense fallback={<PageLoading />}>
        {screen === 'inbox' && <InboxScreen me={me} />}
        {screen === 'approvals' && <ApprovalsScreen me={me} path={path} navigate={navigate} />}
        {screen === 'complaints' && <ComplaintsScreen me={me} />}
        {screen === 'incidents' && <IncidentsScreen me={me} />}
        {screen === 'standards' && <StandardsScreen me={me} />}
        {screen === 'calendar' && !storyId && <CalendarScreen me={me} navigate={navigate} />}
        {screen === 'calendar' && storyId && <StoryScreen key={storyId} me={me} storyId={storyId === 'new' ? null : storyId}
          navigate={navigate} />}
        {screen === 'analytics' && <AnalyticsScreen me={me} path={path} navigate={navigate} />}
        {screen === 'reports' && <ReportsScreen me={me} />}
        {screen === 'channels' && <ChannelsScreen me={me} />}
        {screen === 'brand' && <BrandSetupScreen me={me} path={path} navigate={navigate} />}
        {screen === 'care-setup' && <CareSetupScreen me={me} path={path} navigate={navigate} />}
        </Suspense>
        </PausesProvider>
      </AppShell.Main>
    </AppShell>
  );
}

/** The banners above every screen: an open incident, and a brand whose publishing is paused. */
function CrisisBanners({ me, onOpen }: { me: Me; onOpen: () => void }) {
  const paused = usePaused();
  return (
    <>
      <IncidentBanner me={me} onOpen={onOpen} paused={paused} />
      <PauseBanner me={me} paused={paused} />
    </>
  );
}
