// The channels screen and the channel-health banner (ingest-service's /api/v1/channels): who manages channel
// accounts, which accounts are unhealthy (worst first), and the checks a new sandbox account passes before it is sent.
import type { Me } from '../navigation';
import type { Channel, HealthState, PlatformRequirements } from '../../types/channels';

/** The banner asks the channels API this often (no live stream carries channel health to the console yet). */
export const HEALTH_REFRESH_MS = 60_000;
/** Fired on window after an account is added, so the banner reads again at once. */
export const CHANNELS_CHANGED_EVENT = 'parley:channels-changed';

/** Worst first, as ingest-service ranks them: the state an account shows when several hold. */
export const STATES: HealthState[] = ['token_revoked', 'missing_permission', 'rate_limited', 'poll_errors', 'silent',
  'token_expiring', 'healthy'];

/** Managers and admins set up channel accounts (the API also lets integrators, who have no console screen for it). */
export function canManageChannels(me: Me): boolean {
  return me.roles.includes('manager') || me.roles.includes('admin');
}

function rank(state: string): number {
  const i = STATES.indexOf(state as HealthState);
  return i < 0 ? STATES.length : i;
}

/** The enabled accounts that are not healthy, worst first, then longest unhealthy first. */
export function unhealthy(channels: Channel[]): Channel[] {
  return channels.filter((c) => c.enabled && c.health && c.health.state !== 'healthy')
    .sort((a, b) => rank(a.health.state) - rank(b.health.state)
      || (a.health.since ?? '').localeCompare(b.health.since ?? ''));
}

export interface HealthBanner {
  worst: Channel;
  others: number;
}

/** What the banner shows: the worst unhealthy account and how many more there are; null when all are healthy. */
export function bannerOf(channels: Channel[]): HealthBanner | null {
  const bad = unhealthy(channels);
  return bad.length === 0 ? null : { worst: bad[0], others: bad.length - 1 };
}

/** The tone of a state's badge: red for what stops the channel, orange for what needs a look, green when healthy. */
export function toneOf(state: string): 'red' | 'orange' | 'green' {
  if (state === 'healthy') return 'green';
  return state === 'token_revoked' || state === 'missing_permission' ? 'red' : 'orange';
}

export interface SandboxDraft {
  brand: string;
  platform: string;
  accountId: string;
  name: string;
  secrets: Record<string, string>;
  settings: Record<string, string>;
}

const REFERENCE = /^(env:PARLEY_CHANNEL_SECRETS_[A-Z0-9_]+|file:\/\S+|config:parley\.channel-secrets\.\S+)$/;

/** The fields a draft gets wrong before it is sent (the service checks again and names its own). */
export function draftErrors(draft: SandboxDraft, requirements: PlatformRequirements | undefined): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!draft.brand) errors.brand = 'required';
  if (!draft.platform) errors.platform = 'required';
  if (!draft.accountId.trim()) errors.accountId = 'required';
  else if (draft.accountId.length > 200) errors.accountId = 'tooLong';
  if (draft.name.length > 200) errors.name = 'tooLong';
  for (const slot of requirements?.secrets ?? []) {
    const value = (draft.secrets[slot.name] ?? '').trim();
    if (!value) {
      if (slot.required) errors[`secrets.${slot.name}`] = 'required';
    } else if (!REFERENCE.test(value)) {
      errors[`secrets.${slot.name}`] = 'reference';
    }
  }
  for (const slot of requirements?.settings ?? []) {
    if (slot.required && !(draft.settings[slot.name] ?? '').trim()) errors[`settings.${slot.name}`] = 'required';
  }
  return errors;
}

/**
 * The body of POST /api/v1/channels for the chosen mode (sandbox sends nothing, live sends for real): only the secret
 * references and settings given, never values.
 */
export function addRequest(draft: SandboxDraft, mode: 'sandbox' | 'live') {
  const pick = (values: Record<string, string>) => Object.fromEntries(Object.entries(values)
    .map(([k, v]) => [k, v.trim()] as const).filter(([, v]) => v !== ''));
  return {
    brand: draft.brand,
    platform: draft.platform,
    accountId: draft.accountId.trim(),
    ...(draft.name.trim() ? { name: draft.name.trim() } : {}),
    mode,
    secrets: pick(draft.secrets),
    settings: pick(draft.settings),
  };
}
