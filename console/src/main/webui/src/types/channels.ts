// ingest-service's channel accounts (GET/POST /api/v1/channels, docs/api/webhooks.md "Channel accounts").

export type HealthState = 'healthy' | 'silent' | 'token_revoked' | 'missing_permission' | 'rate_limited'
  | 'poll_errors' | 'token_expiring';

export type WhatToDo = 'none' | 'check_source' | 'reconnect' | 'grant_permission' | 'wait' | 'check_poll'
  | 'renew_token';

export interface ChannelHealth {
  state: HealthState | string;
  since: string | null;
  reason: string | null;
  whatToDo: WhatToDo | string;
  lastEventAt: string | null;
  usualGapSeconds: number | null;
  until: string | null;
}

export interface ChannelSecret {
  name: string;
  reference: string;
  available: boolean;
  outsideStores: string | null;
}

export interface Channel {
  id: string;
  brand: string;
  platform: string;
  accountId: string;
  name: string;
  mode: 'sandbox' | 'live' | string;
  enabled: boolean;
  settings: Record<string, string>;
  secrets: ChannelSecret[];
  origin: string;
  version: number;
  createdAt: string;
  createdBy: string | null;
  health: ChannelHealth;
}

export interface SecretSlot {
  name: string;
  required: boolean;
  purpose: string;
}

export interface SettingSlot {
  name: string;
  required: boolean;
  purpose: string;
}

export interface PlatformRequirements {
  secrets: SecretSlot[];
  settings: SettingSlot[];
  polled: boolean;
}

/** One account the person may pick after Connect with Facebook/Instagram (GET /api/v1/channels/oauth/pickings/{p}). */
export interface PickableAccount {
  accountId: string;
  name: string;
  pageId: string;
  pageName: string;
  tasks: string[];
  connected: boolean;
  channelId: string | null;
  otherBrand: boolean;
}

export interface Picking {
  network: string;
  brand: string;
  expiresAt: string;
  accounts: PickableAccount[];
}

export interface PickingResult {
  connected: { accountId: string; name: string; channelId: string; updated: boolean }[];
}
