// How src/types/*.ts turn the generated API types (src/api/generated/<service>.ts, from the services' OpenAPI documents:
// api-types/generate.mjs) into the shapes the screens read.
//
// The documents give almost every field of a record as "may be null" (a Java reference can be), while a service fills
// most of them on every answer; so a screen's type starts from the generated one with null taken out (Filled), and
// says where it knows more (Refined): a field the service leaves null or absent, or a code list the document gives
// as a plain string. A refinement must fit the generated field, and a name must exist in it: a field renamed, removed
// or retyped in a service fails `npx tsc --noEmit` in the screens that read it.
import type { components as AnalyticsApi } from './generated/analytics';
import type { components as CalendarApi } from './generated/calendar';
import type { components as InboxApi } from './generated/inbox';
import type { components as IngestApi } from './generated/ingest';
import type { components as StandardsApi } from './generated/standards';

export type AnalyticsSchemas = AnalyticsApi['schemas'];
export type CalendarSchemas = CalendarApi['schemas'];
export type InboxSchemas = InboxApi['schemas'];
export type IngestSchemas = IngestApi['schemas'];
export type StandardsSchemas = StandardsApi['schemas'];

/** A generated shape with null and absence taken out of every field, lists and nested records included. */
export type Filled<T> = T extends readonly (infer U)[]
  ? Filled<U>[]
  : T extends object
    ? { -readonly [K in keyof T]-?: Filled<NonNullable<T[K]>> }
    : T;

/**
 * {@link Filled} {@code G}, with the fields the console knows more about given by {@code R}: each must be a field of
 * {@code G} and fit it (null only where the document allows it; optional for a field the service omits when empty).
 */
export type Refined<G, R extends { [K in keyof R]: K extends keyof G ? Loose<G[K]> | undefined : never }> =
  Omit<Filled<G>, keyof R> & R;

/** What a refinement may hold for a field of type {@code T}: nested records' fields may be refined as optional too. */
type Loose<T> = T extends readonly (infer U)[]
  ? Loose<U>[]
  : T extends object
    ? { [K in keyof T]?: Loose<T[K]> }
    : T;

/**
 * {@code T} with fields a service sends as null though its document gives a plain number: a boxed Java number (Long,
 * Integer, Double) is documented without its null today (reported; remove a field from here once its document says so).
 */
export type BoxedNumbers<T, K extends keyof T> = Omit<T, K> & { [P in K]?: number | null };
