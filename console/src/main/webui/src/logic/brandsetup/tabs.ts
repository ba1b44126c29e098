// The brand setup screen's tabs, each at its own address (/brand/listening, /brand/moderation, /brand/logos).
export type BrandTab = 'listening' | 'moderation' | 'logos';

export const BRAND_TABS: BrandTab[] = ['listening', 'moderation', 'logos'];

/** The tab a path names ("/brand/logos" → logos), the first one otherwise. */
export function brandTabFromPath(path: string): BrandTab {
  const second = path.split('/').filter(Boolean)[1];
  return (BRAND_TABS as string[]).includes(second ?? '') ? second as BrandTab : 'listening';
}

export const brandTabPath = (tab: BrandTab) => `/brand/${tab}`;
