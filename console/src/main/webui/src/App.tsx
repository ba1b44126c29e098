import { useEffect, useState } from 'react';
import { AppShell, Alert, Badge, Button, Group, Loader, NavLink, Text, Title } from '@mantine/core';
import { ApiError, get, signOut } from './api';
import { type Me, type Screen, SCREEN_TITLES, screenFromPath, screensFor } from './logic/navigation';
import { InboxScreen } from './screens/Inbox';
import { StandardsScreen } from './screens/Standards';
import { CalendarScreen } from './screens/Calendar';
import { AnalyticsScreen } from './screens/Analytics';
import { ApprovalsScreen } from './screens/Approvals';
import { ComplaintsScreen } from './screens/Complaints';
import { IncidentsScreen } from './screens/Incidents';
import { IncidentBanner } from './screens/IncidentBanner';

export function App() {
  const [me, setMe] = useState<Me | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [screen, setScreen] = useState<Screen | null>(null);

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
    const onPop = () => setScreen(screenFromPath(window.location.pathname, screensFor(me)));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [me]);

  if (error) return <Alert color="red" title="The console could not load who you are">{error}</Alert>;
  if (!me) return <Loader aria-label="Loading" m="xl" />;

  const screens = screensFor(me);
  const go = (s: Screen) => {
    window.history.pushState({}, '', `/${s}`);
    setScreen(s);
  };

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 200, breakpoint: 'sm' }} padding="md">
      <a className="skip-link" href="#main">Skip to content</a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Title order={1} size="h3">Parley</Title>
          <Group gap="sm">
            <Text size="sm" data-testid="user-name">{me.displayName} ({me.userName})</Text>
            {me.brands.map((b) => <Badge key={b} color="indigo.8" variant="filled">{b}</Badge>)}
            <Button variant="subtle" size="compact-sm" c="indigo.9" onClick={() => { void signOut(); }}>Sign out</Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label="Screens">
        {screens.map((s) => (
          <NavLink key={s} component="a" href={`/${s}`} label={SCREEN_TITLES[s]} active={s === screen}
            aria-current={s === screen ? 'page' : undefined}
            onClick={(e) => { e.preventDefault(); go(s); }} />
        ))}
        {screens.length === 0 && <Text size="sm">Your roles give you no screen here yet.</Text>}
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <IncidentBanner me={me} onOpen={() => go('incidents')} />
        {screen === 'inbox' && <InboxScreen me={me} />}
        {screen === 'approvals' && <ApprovalsScreen me={me} />}
        {screen === 'complaints' && <ComplaintsScreen me={me} />}
        {screen === 'incidents' && <IncidentsScreen me={me} />}
        {screen === 'standards' && <StandardsScreen me={me} />}
        {screen === 'calendar' && <CalendarScreen me={me} />}
        {screen === 'analytics' && <AnalyticsScreen me={me} />}
      </AppShell.Main>
    </AppShell>
  );
}
