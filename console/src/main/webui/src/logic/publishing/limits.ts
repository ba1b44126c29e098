// Each network's limits as calendar-service enforces them on write (the publishing contract), so the composer
// counts as the service will: characters are Unicode code points (an emoji is one), and X counts every link as
// 23 characters whatever its length, as X shortens it.

export interface NetworkLimits {
  /** characters of text */
  chars: number;
  /** characters when the post carries media (Telegram's caption) */
  charsWithMedia?: number;
  maxImages: number;
  /** Instagram: a post needs an image */
  needsImage: boolean;
  name: string;
}

export const LIMITS: Record<string, NetworkLimits> = {
  facebook: { name: 'Facebook', chars: 63_206, maxImages: 10, needsImage: false },
  instagram: { name: 'Instagram', chars: 2_200, maxImages: 10, needsImage: true },
  linkedin: { name: 'LinkedIn', chars: 3_000, maxImages: 9, needsImage: false },
  x: { name: 'X', chars: 280, maxImages: 4, needsImage: false },
  vk: { name: 'VK', chars: 15_895, maxImages: 10, needsImage: false },
  telegram: { name: 'Telegram', chars: 4_096, charsWithMedia: 1_024, maxImages: 10, needsImage: false },
  youtube: { name: 'YouTube', chars: 5_000, maxImages: 1, needsImage: false },
};

export function limitsFor(platform: string): NetworkLimits {
  return LIMITS[platform] ?? { name: platform, chars: 63_206, maxImages: 10, needsImage: false };
}

export function networkName(platform: string): string {
  return limitsFor(platform).name;
}

const URL_PATTERN = /https?:\/\/[^\s]+/gu;
/** How long X counts any link. */
export const X_LINK_LENGTH = 23;

/** The text's length as the network counts it. */
export function countCharacters(text: string, platform: string): number {
  if (platform !== 'x') return [...text].length;
  let count = 0;
  let last = 0;
  for (const m of text.matchAll(URL_PATTERN)) {
    count += [...text.slice(last, m.index)].length + X_LINK_LENGTH;
    last = (m.index ?? 0) + m[0].length;
  }
  return count + [...text.slice(last)].length;
}

export interface LimitCheck {
  count: number; limit: number; remaining: number; over: boolean;
  /** problems in words, each with the field calendar-service would name */
  problems: { field: 'text' | 'media'; message: string }[];
}

/** The variant against its network's limits: what the live counter and the field errors say. */
export function checkLimits(platform: string, text: string, imageCount: number): LimitCheck {
  const l = limitsFor(platform);
  const limit = imageCount > 0 && l.charsWithMedia ? l.charsWithMedia : l.chars;
  const count = countCharacters(text, platform);
  const problems: LimitCheck['problems'] = [];
  if (count > limit) {
    problems.push({ field: 'text', message: `${l.name} allows ${limit.toLocaleString('en-GB')} characters`
      + `${imageCount > 0 && l.charsWithMedia ? ' with media' : ''}: ${(count - limit).toLocaleString('en-GB')} too many` });
  }
  if (imageCount > l.maxImages) {
    problems.push({ field: 'media', message: `${l.name} takes up to ${l.maxImages} image${l.maxImages === 1 ? '' : 's'}` });
  }
  if (l.needsImage && imageCount === 0) {
    problems.push({ field: 'media', message: `${l.name} needs at least one image` });
  }
  return { count, limit, remaining: limit - count, over: count > limit, problems };
}

/** "123 / 280", with the state in words for screen readers. */
export function counterText(c: LimitCheck): string {
  const n = (x: number) => x.toLocaleString('en-GB');
  return c.over ? `${n(c.count)} / ${n(c.limit)} — ${n(-c.remaining)} over the limit`
    : `${n(c.count)} / ${n(c.limit)}`;
}
