// Every call the pages make goes to the console's own server (same origin, session cookie); it relays
// /api/... to the services with the user's token. The page never sees a token.
import type { RetryKeys } from './logic/idempotency';

export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  errors?: { field: string; message: string }[];
  /** the standards findings of a reply the checks blocked (inbox 422) */
  findings?: unknown[];
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
  }
}

export interface ApiResponse<T> {
  body: T;
  etag: string | null;
}

/** The session ended (quarkus-oidc answers 499 or a redirect to Keycloak): load the page again to sign in. */
function sessionGone() {
  window.location.reload();
}

export async function api<T>(path: string, init: RequestInit = {}): Promise<ApiResponse<T>> {
  const headers = new Headers(init.headers);
  headers.set('Accept', 'application/json');
  // Tells quarkus-oidc this is a script: a lost session answers 499 instead of a redirect to the login page.
  headers.set('X-Requested-With', 'JavaScript');
  if (init.method && init.method !== 'GET') {
    headers.set('X-Parley-Console', '1');
  }
  if (init.body && !headers.has('Content-Type')) {
    headers.set('Content-Type', 'application/json; charset=utf-8');
  }
  const response = await fetch(path, { ...init, headers, redirect: 'manual', credentials: 'same-origin' });
  if (response.type === 'opaqueredirect' || response.status === 499) {
    sessionGone();
    throw new ApiError({ status: 401, title: 'Signed out' });
  }
  const text = await response.text();
  const body = text ? JSON.parse(text) : null;
  if (!response.ok) {
    throw new ApiError({ status: response.status, ...(body ?? {}) });
  }
  return { body: body as T, etag: response.headers.get('ETag') };
}

export const get = <T>(path: string) => api<T>(path);

/** What every list endpoint answers (docs/api/README.md#lists): its items, and the next page's cursor (null: none). */
export interface Page<T> { items: T[]; nextCursor: string | null }

/** The page of a list endpoint after `cursor` (null: the first page), with the service's default page size. */
export const getPage = <T>(path: string, cursor: string | null) =>
  get<Page<T>>(cursor ? `${path}${path.includes('?') ? '&' : '?'}cursor=${encodeURIComponent(cursor)}` : path);

/**
 * Signs out with a POST (the console ends the session at Keycloak and here, no token in any address),
 * then loads / again, which leads to the login page.
 */
export async function signOut(): Promise<void> {
  try {
    await api<null>('/bff/sign-out', { method: 'POST' });
  } finally {
    window.location.assign('/');
  }
}

export const send = <T>(method: 'POST' | 'PUT' | 'DELETE', path: string, body: unknown,
  headers: Record<string, string> = {}) =>
  api<T>(path, { method, body: JSON.stringify(body), headers });

/**
 * A POST that sends something to a platform, with the request's Idempotency-Key from keys (logic/idempotency): a retry
 * after a failure reuses it, so the service acts once; after success the key is spent.
 */
export async function sendOnce<T>(keys: RetryKeys, path: string, body: unknown) {
  const result = await send<T>('POST', path, body, { 'Idempotency-Key': keys.for(path, body) });
  keys.done(path, body);
  return result;
}

/** A query string from the set values only. */
export function query(params: Record<string, string | number | null | undefined>): string {
  const q = new URLSearchParams();
  Object.entries(params).forEach(([k, v]) => {
    if (v !== null && v !== undefined && v !== '') q.set(k, String(v));
  });
  const s = q.toString();
  return s ? `?${s}` : '';
}

// The services' shapes, as documented in their OpenAPI. The inbox's are in types/inbox.ts.
export type { Author, ConversationSummary, ConversationPage, Interaction, Reply, ConversationDetail }
  from './types/inbox';

export interface ResponseTargets {
  brand: string; version: number; defaultMinutes: number;
  targets: { platform: string; firstResponseMinutes: number }[];
  updatedAt: string | null; updatedBy: string | null;
}

export interface Post {
  id: string; brand: string; platform: string; title: string; text: string; plannedFor: string;
  status: string; author: string;
}

export interface CalendarView { brand: string; from: string; to: string; posts: Post[] }

export interface ResponseTimes {
  brand: string; platform: string | null; from: string; to: string; count: number;
  medianSeconds: number | null; p90Seconds: number | null; withinTargetRate: number | null; opened: number;
}
