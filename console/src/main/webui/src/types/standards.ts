// standards-service's catalogue API (docs/standards.md; OpenAPI at /q/openapi on the service).
// The catalogue is kept as plain JSON: the screen edits it through the section schemas in logic/standards.

/** A JSON object as the catalogue holds it. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export type Catalogue = JsonObject;

export type VersionStatus = 'current' | 'scheduled' | 'past' | 'superseded';

export interface CatalogueVersion {
  brand: string;
  version: number;
  status: VersionStatus;
  latestVersion: number;
  effectiveFrom?: string;
  createdAt?: string;
  author?: string;
  comment?: string;
  rolledBackFrom?: number;
  catalogue: Catalogue;
}

export interface CatalogueVersionSummary {
  version: number;
  status: VersionStatus;
  author: string;
  createdAt: string;
  comment: string;
  effectiveFrom: string;
  rolledBackFrom?: number;
}

export interface CatalogueHistory {
  brand: string;
  currentVersion: number;
  versions: CatalogueVersionSummary[];
}

export interface CatalogueChange {
  path: string;
  before: Json;
  after: Json;
}

export interface CatalogueDiff {
  brand: string;
  from: number;
  to: number;
  changes: CatalogueChange[];
}

export interface CatalogueUpdate {
  comment: string;
  effectiveFrom?: string;
  catalogue: Catalogue;
}

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
