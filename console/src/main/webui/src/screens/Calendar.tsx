import { useCallback, useState } from 'react';
import { Alert, Chip, Group, Select, Stack, Title } from '@mantine/core';
import FullCalendar from '@fullcalendar/react';
import dayGridPlugin from '@fullcalendar/daygrid';
import timeGridPlugin from '@fullcalendar/timegrid';
import type { DatesSetArg, EventInput } from '@fullcalendar/core';
import { ApiError, type CalendarView, type Post, get, query } from '../api';
import { type Me } from '../logic/navigation';
import { channelColour } from '../logic/channels';

/** Posts per channel, by week or month, from calendar-service. */
export function CalendarScreen({ me }: { me: Me }) {
  const [brand, setBrand] = useState<string | null>(me.brands[0] ?? null);
  const [posts, setPosts] = useState<Post[]>([]);
  const [hidden, setHidden] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [range, setRange] = useState<{ from: string; to: string } | null>(null);

  const load = useCallback((r: { from: string; to: string }, b: string | null) => {
    if (!b) return;
    get<CalendarView>(`/api/v1/calendar${query({ brand: b, from: r.from, to: r.to })}`)
      .then(({ body }) => { setPosts(body.posts); setError(null); })
      .catch((e: ApiError) => setError(e.message));
  }, []);

  const onDates = (arg: DatesSetArg) => {
    const r = { from: arg.start.toISOString(), to: arg.end.toISOString() };
    setRange(r);
    load(r, brand);
  };

  const channels = [...new Set(posts.map((p) => p.platform))].sort();
  const events: EventInput[] = posts.filter((p) => !hidden.includes(p.platform)).map((p) => ({
    id: p.id, title: `${p.platform}: ${p.title}`, start: p.plannedFor, backgroundColor: channelColour(p.platform),
    borderColor: channelColour(p.platform), textColor: '#ffffff', extendedProps: { text: p.text, status: p.status },
  }));

  return (
    <Stack>
      <Title order={2}>Calendar</Title>
      <Group align="end">
        <Select label="Brand" data={me.brands} value={brand} allowDeselect={false} w={180}
          onChange={(b) => { setBrand(b); if (range) load(range, b); }} />
        <Chip.Group multiple value={channels.filter((c) => !hidden.includes(c))}
          onChange={(shown) => setHidden(channels.filter((c) => !shown.includes(c)))}>
          <Group gap="xs" aria-label="Channels shown">
            {channels.map((c) => <Chip key={c} value={c} color="indigo.8">{c}</Chip>)}
          </Group>
        </Chip.Group>
      </Group>
      {error && <Alert color="red" title="The calendar did not answer">{error}</Alert>}
      <div data-testid="calendar">
        <FullCalendar plugins={[dayGridPlugin, timeGridPlugin]} initialView="dayGridMonth" firstDay={1}
          headerToolbar={{ left: 'prev,next today', center: 'title', right: 'dayGridMonth,timeGridWeek' }}
          buttonIcons={false}
          buttonText={{ prev: '‹ Previous', next: 'Next ›', today: 'Today', month: 'Month', week: 'Week' }} events={events} datesSet={onDates}
          eventDidMount={(info) => { info.el.title = `${info.event.title}\n${info.event.extendedProps.text}`; }}
          height="auto"
          // Words instead of unlabelled arrow icons; a day cell is named by its content (date and posts).
          dayCellDidMount={(arg) => arg.el.removeAttribute('aria-labelledby')} />
      </div>
    </Stack>
  );
}
