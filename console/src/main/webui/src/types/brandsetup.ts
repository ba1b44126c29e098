// The brand setup screen's API shapes: ingest-service's listening rules, inbox-service's moderation rule,
// standards-service's logos and logo sightings (their OpenAPI: ListeningRule, ModerationRule, Logo, LogoSightings).

export interface ListeningRule {
  id: string;
  brand: string;
  name: string;
  terms: string[];
  exclusions: string[];
  languages: string[];
  platforms: string[];
  enabled: boolean;
  version: number;
  createdAt: string;
  createdBy: string | null;
  updatedAt: string | null;
  updatedBy: string | null;
}

export interface ModerationRule {
  brand: string;
  autoHideAbusive: boolean;
  updatedBy: string | null;
  updatedAt: string | null;
}

export interface Logo {
  brand: string;
  logoId: string;
  contentType: string;
  width: number;
  height: number;
  bytes: number;
  uploadedAt: string;
  uploadedBy: string | null;
}

export interface LogoSighting {
  logoId: string;
  x: number;
  y: number;
  width: number;
  height: number;
  widthShare: number;
  areaShare: number;
  score: number;
  placement: string;
  clearSpacePx: number;
}

export interface LogoSightings {
  brand: string;
  format: string;
  width: number;
  height: number;
  registered: string[];
  sightings: LogoSighting[];
  analysisMillis: number;
}
