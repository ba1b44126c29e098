// The picker after "Connect with Facebook/Instagram": the callback ends on /channels?picking=<handle>; the screen
// lists the Pages (or Instagram business accounts) the person manages (GET /api/v1/channels/oauth/pickings/{handle})
// and connects the ones picked (POST, { accountIds }). Picking nothing connects nothing and ends the picking.
import type { PickableAccount } from '../../types/channels';

/** The handle shape ingest-service issues: <uuid>.<network>.<expiry>.<signature>. */
const HANDLE = /^[0-9a-f-]{36}\.[a-z]{1,20}\.[0-9]{1,12}\.[A-Za-z0-9_-]{20,100}$/;

/** The picking the connect flow brought back in the address, or null (none, or not a handle the service gives). */
export function pickingOf(search: string): string | null {
  const handle = new URLSearchParams(search).get('picking');
  return handle !== null && HANDLE.test(handle) ? handle : null;
}

/** The network named in a handle (its second part), for the picker's title before the list is read. */
export function networkOf(handle: string): string {
  return handle.split('.')[1] ?? '';
}

export function pickingUrl(handle: string): string {
  return `/api/v1/channels/oauth/pickings/${encodeURIComponent(handle)}`;
}

/** The address without the picking, once it is finished (so a reload does not show the picker again). */
export function withoutPicking(path: string, search: string): string {
  const q = new URLSearchParams(search);
  q.delete('picking');
  const rest = q.toString();
  return rest ? `${path}?${rest}` : path;
}

/** An account of another brand cannot be picked (the service refuses it with 409). */
export function pickable(a: PickableAccount): boolean {
  return !a.otherBrand;
}

/** The selection with the account added or removed; accounts that cannot be picked are never added. */
export function toggle(selected: ReadonlySet<string>, a: PickableAccount): Set<string> {
  const next = new Set(selected);
  if (next.has(a.accountId)) next.delete(a.accountId);
  else if (pickable(a)) next.add(a.accountId);
  return next;
}

/** The body of the confirm: the picked accounts in the order listed, only those the list offers and may be picked. */
export function pickRequest(accounts: PickableAccount[], selected: ReadonlySet<string>): { accountIds: string[] } {
  return { accountIds: accounts.filter((a) => pickable(a) && selected.has(a.accountId)).map((a) => a.accountId) };
}
