import { useEffect, useState } from 'react';
import { Checkbox, Table, Text, Title } from '@mantine/core';
import { type ApiError, get, send } from '../../api';
import { useTranslation } from '../../i18n/i18n';
import { type Preference, withChoice } from '../../logic/notifications/notifications';

/**
 * Where the person is told, per kind: in the centre, by e-mail (GET/PUT /api/v1/me/notification-preferences). Each
 * checkbox saves at once; a failure puts the choice back and says so.
 */
export function NotificationPreferences() {
  const { t } = useTranslation('notifications');
  const [prefs, setPrefs] = useState<Preference[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    get<{ preferences: Preference[] }>('/api/v1/me/notification-preferences')
      .then(({ body }) => setPrefs(body.preferences)).catch((e: ApiError) => setError(e.message));
  }, []);

  const choose = (kind: string, channel: 'centre' | 'email', on: boolean) => {
    const before = prefs;
    const changed = withChoice(prefs, kind, channel, on);
    setPrefs(changed);
    setError(null);
    const p = changed.find((c) => c.kind === kind)!;
    send<{ preferences: Preference[] }>('PUT', '/api/v1/me/notification-preferences',
      { preferences: [{ kind, centre: p.centre, email: p.email }] })
      .then(({ body }) => setPrefs(body.preferences))
      .catch((e: ApiError) => { setPrefs(before); setError(e.message); });
  };

  return (
    <section aria-labelledby="notification-prefs-title" data-testid="notification-preferences">
      <Title order={3} size="h5" id="notification-prefs-title" mt="md">{t('prefs.title')}</Title>
      {error && <Text size="sm" c="red.9" role="alert">{t('prefs.failed')}: {error}</Text>}
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('prefs.kind')}</Table.Th>
            <Table.Th scope="col">{t('prefs.centre')}</Table.Th>
            <Table.Th scope="col">{t('prefs.email')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {prefs.map((p) => (
            <Table.Tr key={p.kind}>
              <Table.Th scope="row" fw={400}>{t(`kind.${p.kind}`)}</Table.Th>
              <Table.Td><Checkbox checked={p.centre} aria-label={`${t(`kind.${p.kind}`)}: ${t('prefs.centre')}`}
                onChange={(e) => choose(p.kind, 'centre', e.currentTarget.checked)} /></Table.Td>
              <Table.Td><Checkbox checked={p.email} aria-label={`${t(`kind.${p.kind}`)}: ${t('prefs.email')}`}
                data-testid={`pref-email-${p.kind}`}
                onChange={(e) => choose(p.kind, 'email', e.currentTarget.checked)} /></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </section>
  );
}
