import { useEffect, useState } from 'react';
import { Select, Text } from '@mantine/core';
import { type ApiError, get, send } from '../../api';
import { useFormat, useTranslation } from '../../i18n/i18n';
import { type Availability, type AvailabilityState, ICONS, STATES, isState } from '../../logic/availability/availability';

/**
 * The header's availability control, on every screen: available, away or offline (inbox-service's
 * /api/v1/me/availability). A select, so it is reached with Tab and changed with the arrow keys and Enter; its
 * accessible name is "My availability", and the state is a word with an icon, never a colour alone.
 */
export function AvailabilityControl() {
  const { t } = useTranslation('availability');
  const format = useFormat();
  const [current, setCurrent] = useState<Availability | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    get<Availability>('/api/v1/me/availability').then(({ body }) => setCurrent(body))
      .catch((e: ApiError) => setError(e.message));
  }, []);

  const change = (value: string | null) => {
    if (!isState(value) || value === current?.state) return;
    setError(null);
    send<Availability>('PUT', '/api/v1/me/availability', { state: value })
      .then(({ body }) => setCurrent(body))
      .catch((e: ApiError) => setError(e.message));
  };

  const state: AvailabilityState | null = isState(current?.state) ? current!.state as AvailabilityState : null;
  return (
    <>
      <Select size="xs" w={150} aria-label={t('label')} data-testid="availability" title={t('hint')}
        data={STATES.map((s) => ({ value: s, label: `${ICONS[s]} ${t(`state.${s}`)}` }))}
        value={state} onChange={change} allowDeselect={false} disabled={current === null && error === null}
        aria-describedby="availability-since" />
      <Text id="availability-since" size="xs" className="visually-hidden" aria-live="polite">
        {state && current?.since ? `${t(`state.${state}`)} ${t('since', { time: format.dateTime(current.since) })}` : ''}
      </Text>
      {error && <Text size="xs" c="red.9" role="alert">{t('failed')}: {error}</Text>}
    </>
  );
}
