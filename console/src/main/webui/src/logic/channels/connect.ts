// The channels screen's live accounts: the networks whose accounts connect through the platform's own consent page
// (OAuth, ingest-service's GET /api/v1/brands/{brand}/channels/oauth/{network}/start), the outcome that flow brings back in the
// address (/channels?connected=<id> or ?connectError=<code>), and the bodies of changing and pausing an account (adding: channels.ts addRequest).
import type { Channel, PlatformRequirements } from '../../types/channels';
import { addRequest } from './channels';

/**
 * Networks whose accounts are connected by signing in on the network (OAuth 2.0 consent), rather than by a bot token
 * or a webhook secret alone. A requirements entry that says oauth: true/false (when ingest-service lists it) decides.
 */
export const OAUTH_NETWORKS = ['facebook', 'instagram', 'linkedin', 'youtube', 'tiktok', 'x'];

export function usesOAuth(network: string, requirements?: PlatformRequirements & { oauth?: boolean }): boolean {
  if (typeof requirements?.oauth === 'boolean') return requirements.oauth;
  return OAUTH_NETWORKS.includes(network);
}

/** Where the "Connect with <network>" button sends the browser (a full page load: the network's page follows). */
export function connectUrl(network: string, brand: string): string {
  return `/api/v1/brands/${encodeURIComponent(brand)}/channels/oauth/${encodeURIComponent(network)}/start`;
}

export type ConnectOutcome = { ok: true; channelId: string } | { ok: false; code: string };

/** Known error codes of the connect flow, worded on the screen; any other is shown as "failed" with its code. */
export const CONNECT_ERRORS = ['access_denied', 'invalid_state', 'expired', 'token_exchange_failed',
  'already_connected', 'not_configured', 'forbidden'];

/** The outcome the connect flow brought back in the address's query, or null when it brought none. */
export function connectOutcome(search: string): ConnectOutcome | null {
  const q = new URLSearchParams(search);
  const error = q.get('connectError');
  if (error !== null) {
    return { ok: false, code: /^[a-z0-9_.-]{1,64}$/i.test(error) ? error : 'unknown' };
  }
  const connected = q.get('connected');
  if (connected !== null && connected.trim() !== '') return { ok: true, channelId: connected.trim() };
  return null;
}

/** The address without the connect flow's parameters, so a reload does not show the banner again. */
export function withoutOutcome(path: string, search: string): string {
  const q = new URLSearchParams(search);
  q.delete('connected');
  q.delete('connectError');
  const rest = q.toString();
  return rest ? `${path}?${rest}` : path;
}

export interface EditDraft {
  name: string;
  mode: string;
  enabled: boolean;
  secrets: Record<string, string>;
  settings: Record<string, string>;
}

/** The edit form's copy of an account: its secret references (never values: the service has none to show). */
export function editDraftOf(c: Channel): EditDraft {
  return { name: c.name, mode: c.mode, enabled: c.enabled,
    secrets: Object.fromEntries(c.secrets.map((s) => [s.name, s.reference])), settings: { ...c.settings } };
}

/** The body of PUT /api/v1/channels/{id}: the whole account again (the service replaces it), brand and ids unchanged. */
export function changeRequest(c: Channel, draft: EditDraft) {
  const body = addRequest({ brand: c.brand, platform: c.platform, accountId: c.accountId, name: draft.name,
    secrets: draft.secrets, settings: draft.settings }, draft.mode === 'live' ? 'live' : 'sandbox');
  return { ...body, name: draft.name.trim() || c.accountId, enabled: draft.enabled };
}

/** The body that pauses or resumes an account and changes nothing else. */
export function enabledRequest(c: Channel, enabled: boolean) {
  return changeRequest(c, { ...editDraftOf(c), enabled });
}
