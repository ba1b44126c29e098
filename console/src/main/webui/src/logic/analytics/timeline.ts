// Incidents on the moments-and-sentiment charts: each incident shades the buckets it was open in (ECharts
// markArea) and draws a line where it opened (markLine); the timeline endpoint says which they are.
import type { TimelineIncident, TimelineView } from '../../types/analytics';

const SIZE = { day: 86_400_000, hour: 3_600_000 } as const;

export interface IncidentMark {
  incidentId: string;
  title: string;
  /** first and last bucket (indexes into the chart's categories) the incident was open in */
  fromIndex: number;
  toIndex: number;
  /** the bucket it opened in, or null when it opened before the window */
  openedIndex: number | null;
  open: boolean;
}

/** Which buckets each incident covers; an incident wholly outside the buckets is left out. */
export function incidentMarks(starts: readonly string[], bucket: 'day' | 'hour',
  incidents: readonly TimelineIncident[]): IncidentMark[] {
  if (starts.length === 0) return [];
  const times = starts.map((s) => Date.parse(s));
  const first = times[0];
  const end = times[times.length - 1] + SIZE[bucket];
  const indexOf = (t: number) => {
    let i = 0;
    while (i + 1 < times.length && times[i + 1] <= t) i += 1;
    return i;
  };
  const marks: IncidentMark[] = [];
  for (const x of incidents) {
    const opened = Date.parse(x.openedAt);
    const closed = x.closedAt ? Date.parse(x.closedAt) : null;
    if (opened >= end || (closed != null && closed < first)) continue;
    marks.push({
      incidentId: x.incidentId,
      title: x.title,
      fromIndex: opened < first ? 0 : indexOf(opened),
      toIndex: closed == null || closed >= end ? times.length - 1 : indexOf(closed),
      openedIndex: opened < first ? null : indexOf(opened),
      open: x.closedAt == null,
    });
  }
  return marks;
}

/** ECharts markArea and markLine options for the marks, on a category axis of `labels`. */
export function markOptions(marks: readonly IncidentMark[], labels: readonly string[], colour: string) {
  return {
    markArea: {
      silent: true,
      itemStyle: { color: colour, opacity: 0.12 },
      label: { color: '#212529', fontSize: 11 },
      data: marks.map((m) => [{ name: m.title, xAxis: labels[m.fromIndex] }, { xAxis: labels[m.toIndex] }]),
    },
    markLine: {
      silent: true,
      symbol: 'none',
      lineStyle: { color: colour, type: 'dashed', width: 2 },
      label: { show: false },
      data: marks.filter((m) => m.openedIndex != null).map((m) => ({ name: m.title, xAxis: labels[m.openedIndex!] })),
    },
  };
}

/** Days of the timeline with anything heard or an incident open, newest first (the table under the chart). */
export function timelineRows(t: TimelineView | null) {
  return (t?.days ?? []).filter((d) => d.complaint + d.question + d.suggestion + d.praise + d.unclassified + d.spam > 0
    || d.incidents.length > 0).reverse();
}

/** The UTC day [start, start + 1 day) of a bucket, for a drill-down into that day's conversations. */
export function bucketWindow(start: string, bucket: 'day' | 'hour'): { from: string; to: string } {
  const t = Date.parse(start);
  return { from: new Date(t).toISOString(), to: new Date(t + SIZE[bucket]).toISOString() };
}
