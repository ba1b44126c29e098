import { useEffect, useState } from 'react';
import { AppShell, Alert, Badge, Button, Group, Loader, NavLink, Text, Title } from '@mantine/core';
import { ApiError, get, signOut } from './api';
import { type Me, type Screen, screenFromPath, screensFor } from './logic/navigation';
import { LanguagePicker, useTranslation } from './i18n/i18n';
import { InboxScreen } from './screens/Inbox';
import { StandardsScreen } from './screens/Standards';
import { CalendarScreen } from './screens/Calendar';
import { AnalyticsScreen } from './screens/Analytics';
import { ReportsScreen } from './screens/Reports';
import { ApprovalsScreen } from './screens/Approvals';
import { ComplaintsScreen } from './screens/Complaints';
import { IncidentsScreen } from './screens/Incidents';
import { IncidentBanner } from './screens/IncidentBanner';
import { PauseBanner } from './screens/pause/PauseBanner';
import { usePaused } from './screens/pause/usePublishingPauses';
import { PausesProvider } from './screens/pause/PausesProvider';
import { StoryScreen } from './screens/Story';
import { AvailabilityControl } from './screens/availability/AvailabilityControl';
import { NotificationBell } from './screens/notifications/NotificationBell';
import { takesConversations } from './logic/availability/availability';
import { ChannelsScreen } from './screens/Channels';
import { ChannelHealthBanner } from './screens/channels/ChannelHealthBanner';

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
  if (!me) return <Loader aria-label={t('app.loading')} m="xl" />;

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
