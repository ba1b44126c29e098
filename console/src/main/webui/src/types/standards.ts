// standards-service's catalogue API (docs/standards.md; OpenAPI at /q/openapi on the service).
import type { Filled, Refined, StandardsSchemas } from '../api/shapes';

// The catalogue is kept as plain JSON: the screen edits it through the section schemas in logic/standards.

/** A JSON object as the catalogue holds it. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export type Catalogue = JsonObject;

export type VersionStatus = 'current' | 'scheduled' | 'past' | 'superseded';

type S = StandardsSchemas;

/** One version; the console reads the catalogue as plain JSON (see logic/standards), not as the generated records. */
export type CatalogueVersion = Omit<Refined<S['CatalogueVersion'], {
  status: VersionStatus;
  // the answer leaves out what is null (@JsonInclude NON_NULL)
  effectiveFrom?: string; createdAt?: string; author?: string; comment?: string; rolledBackFrom?: number;
}>, 'catalogue'> & { catalogue: Catalogue };

export type CatalogueVersionSummary = Refined<S['CatalogueVersionSummary'], { status: VersionStatus; rolledBackFrom?: number }>;

export type CatalogueHistory = Refined<S['CatalogueHistory'], { versions: CatalogueVersionSummary[] }>;

/** A located change; before and after are whatever JSON the catalogue held there (null: nothing). */
export type CatalogueChange = Omit<Filled<S['CatalogueChange']>, 'before' | 'after'> & { before: Json; after: Json };

export type CatalogueDiff = Omit<Filled<S['CatalogueDiff']>, 'changes'> & { changes: CatalogueChange[] };

export type CatalogueUpdate = Omit<Refined<S['CatalogueUpdate'], { effectiveFrom?: string }>, 'catalogue'>
  & { catalogue: Catalogue };

/** Section 1: who approves ({kind, id}; external: an invited reviewer by e-mail, or 'any'). */
export interface Approver {
  kind: 'user' | 'role' | 'external';
  id: string;
}

/** One step of an approval rule: `required` of its approvers (1: any; their number: all). Durations are ISO-8601. */
export interface ApprovalStep {
  name: string;
  approvers: Approver[];
  required: number;
  remindAfter?: string | null;
  escalateAfter?: string | null;
  escalateTo?: Approver[];
  skippableBy?: string[];
}

/** POST /api/v1/brands/{brand}/standards/approval-workflow: the steps a post must pass (none: nothing to approve). */
export interface ApprovalWorkflow {
  brand: string;
  catalogueVersion: number;
  rule: number | null;
  path: string | null;
  steps: ApprovalStep[];
}
