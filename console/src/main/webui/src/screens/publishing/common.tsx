import { useEffect, useState } from 'react';
import { ApiError, get, getAll, query } from '../../api';
import { channelColour } from '../../logic/channels';
import { STATUS_ICONS } from '../../logic/publishing/calendar';
import { useFormat, useTranslation } from '../../i18n/i18n';
import { type Progress, STEP_ICONS, isoMinutes, required } from '../../logic/publishing/approval';
import { SEVERITY_ICONS, severityKind } from '../../logic/publishing/findings';
import type { ApprovalStep, Approver } from '../../types/publishing';
import { networkName } from '../../logic/publishing/limits';
import { isZone } from '../../logic/publishing/zoned';
import type { ChannelAccount, Page, Story } from '../../types/publishing';
import type { CatalogueVersion } from '../../types/standards';

/** The brand's time zone as its catalogue's section 9 holds it (null while loading; UTC when it names none). */
export function useBrandZone(brand: string | null): string | null {
  const [zone, setZone] = useState<string | null>(null);
  useEffect(() => {
    if (!brand) return;
    setZone(null);
    get<CatalogueVersion>(`/api/v1/brands/${encodeURIComponent(brand)}/standards`)
      .then(({ body }) => {
        const z = (body.catalogue?.responseTargets as { timeZone?: string } | undefined)?.timeZone;
        setZone(isZone(z) ? z : 'UTC');
      })
      .catch(() => setZone('UTC'));
  }, [brand]);
  return zone;
}

/** The brand's channel accounts from ingest-service. */
export function useChannels(brand: string | null): { channels: ChannelAccount[]; error: string | null } {
  const [channels, setChannels] = useState<ChannelAccount[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!brand) return;
    getAll<ChannelAccount>(`/api/v1/channels${query({ brand })}`)
      .then((items) => { setChannels(items.filter((c) => c.brand === brand)); setError(null); })
      .catch((e: ApiError) => setError(e.message));
  }, [brand]);
  return { channels, error };
}

/** Every story of the range, page after page (at most `maxPages` of 200). */
export async function loadStories(brand: string, from: string, to: string, maxPages = 10): Promise<Story[]> {
  const out: Story[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < maxPages; i++) {
    const { body }: { body: Page<Story> } = await get<Page<Story>>(
      `/api/v1/brands/${encodeURIComponent(brand)}/stories${query({ from, to, limit: 200, cursor })}`);
    out.push(...body.items);
    cursor = body.nextCursor;
    if (!cursor) break;
  }
  return out;
}

const SHORT: Record<string, string> = { facebook: 'f', instagram: 'IG', linkedin: 'in', x: 'X', vk: 'VK',
  telegram: 'TG', youtube: 'YT' };

/** The channel's mark (its colour and a short sign) and its name in words. */
export function ChannelLabel({ platform, name, compact = false }: { platform: string; name?: string; compact?: boolean }) {
  return (
    <span className="channel-label">
      <span className="channel-mark" style={{ background: channelColour(platform) }} aria-hidden="true">
        {SHORT[platform] ?? platform.slice(0, 2)}</span>
      <span className={compact ? 'visually-hidden' : undefined}>{name ? `${networkName(platform)} · ${name}` : networkName(platform)}</span>
    </span>
  );
}

/** A status's words with its icon ("↩ Changes requested"), in the user's language. */
export function useStatusLabel(): (status: string) => string {
  const { t } = useTranslation('publishing');
  return (status: string) => `${STATUS_ICONS[status] ?? ''} ${t(`status.${status}`, { defaultValue: status })}`.trim();
}

/** A variant's status in words with an icon; the class gives it a tint with AA contrast. */
export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation('publishing');
  return (
    <span className={`post-status post-status-${status}`} data-status={status}>
      <span aria-hidden="true">{STATUS_ICONS[status] ?? ''} </span>{t(`status.${status}`, { defaultValue: status })}
    </span>
  );
}

/** The approval workflow and findings in the user's words. */
export function usePublishingWords() {
  const { t } = useTranslation('publishing');
  const format = useFormat();
  return {
    severity: (s: string) => { const k = severityKind(s); return `${SEVERITY_ICONS[k]} ${t(`severity.${k}`)}`; },
    progress: (p: Progress) => (p.kind === 'step' ? t('approval.step', { step: p.step, of: p.of, name: p.name })
      : t(`approval.${p.kind}`)),
    stepState: (state: string) => `${STEP_ICONS[state] ?? ''} ${t(`approval.state.${state}`, { defaultValue: state })}`.trim(),
    required: (s: Pick<ApprovalStep, 'required' | 'approvers'>) => {
      const r = required(s);
      return r.of === 1 ? t('approval.needsOne') : r.n === 1 ? t('approval.needsAny', { n: r.n, of: r.of })
        : r.n === r.of ? t('approval.needsAll', { n: r.n, of: r.of }) : t('approval.needs', { n: r.n, of: r.of });
    },
    approver: (a: Approver) => (a.kind === 'role' ? t('approval.anyRole', { role: a.id })
      : a.kind === 'external' ? t('approval.external', { id: a.id }) : a.id),
    duration: (iso: string | null | undefined) => {
      const m = isoMinutes(iso);
      return m == null ? (iso ?? '') : format.duration(m * 60_000, 'long');
    },
  };
}
