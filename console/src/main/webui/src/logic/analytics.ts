import type { ResponseTimes } from '../api';
import { secondsToMinutes } from './due';

/** The channels the analytics screen reports one by one (besides "all"). */
export const REPORTED_CHANNELS = ['facebook', 'instagram', 'x', 'linkedin', 'youtube', 'telegram', 'vk'];

export interface Series {
  channels: string[];
  count: number[];
  median: (number | null)[];
  p90: (number | null)[];
  withinTargetPercent: (number | null)[];
}

/** The per-channel answers as chart series: "all" first, then channels that had any conversation. */
export function responseTimeSeries(rows: ResponseTimes[]): Series {
  const shown = rows.filter((r) => r.platform == null || r.count > 0 || r.opened > 0);
  return {
    channels: shown.map((r) => r.platform ?? 'all'),
    count: shown.map((r) => r.count),
    median: shown.map((r) => secondsToMinutes(r.medianSeconds)),
    p90: shown.map((r) => secondsToMinutes(r.p90Seconds)),
    withinTargetPercent: shown.map((r) => (r.withinTargetRate == null ? null : Math.round(r.withinTargetRate * 100))),
  };
}

/** What a screen reader says for the response-time charts, channel by channel. */
export function responseTimeDescription(s: Series, chart: 'times' | 'within'): string {
  const parts = s.channels.map((c, i) => (chart === 'times'
    ? `${c}: median ${s.median[i] ?? 'none'}, p90 ${s.p90[i] ?? 'none'} minutes`
    : `${c}: ${s.withinTargetPercent[i] == null ? 'none answered' : `${s.withinTargetPercent[i]} % within target`}`));
  return `${chart === 'times' ? 'Time to first response per channel' : 'Answered within target per channel'}: `
    + `${parts.join('; ')}. The table below has every figure.`;
}
