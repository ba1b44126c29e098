// The response-time targets form: what the manager edits, checked before it goes to standards-service
// (which checks again and has the last word).

export const CHANNELS = ['facebook', 'instagram', 'x', 'linkedin', 'youtube', 'tiktok', 'vk', 'telegram', 'forum',
  'rss', 'generic'] as const;

export const MIN_MINUTES = 1;
export const MAX_MINUTES = 43200;

export interface ChannelTarget {
  platform: string;
  firstResponseMinutes: number;
}

export interface TargetsForm {
  defaultMinutes: number;
  targets: ChannelTarget[];
}

/** Problems a person can fix, one per field; empty when the form can be sent. */
export function validateTargets(form: TargetsForm): Record<string, string> {
  const problems: Record<string, string> = {};
  const inRange = (v: number) => Number.isInteger(v) && v >= MIN_MINUTES && v <= MAX_MINUTES;
  if (!inRange(form.defaultMinutes)) {
    problems.defaultMinutes = `between ${MIN_MINUTES} and ${MAX_MINUTES} whole minutes`;
  }
  const seen = new Set<string>();
  form.targets.forEach((t, i) => {
    if (!t.platform) {
      problems[`targets.${i}.platform`] = 'choose a channel';
    } else if (seen.has(t.platform)) {
      problems[`targets.${i}.platform`] = `${t.platform} has a target already`;
    }
    seen.add(t.platform);
    if (!inRange(t.firstResponseMinutes)) {
      problems[`targets.${i}.firstResponseMinutes`] = `between ${MIN_MINUTES} and ${MAX_MINUTES} whole minutes`;
    }
  });
  return problems;
}

/** The version an ETag names ('"3"' or 'W/"3"' → 3). */
export function versionFromEtag(etag: string | null): number | null {
  if (!etag) return null;
  const n = Number(etag.replace(/^W\//, '').replaceAll('"', ''));
  return Number.isFinite(n) ? n : null;
}
