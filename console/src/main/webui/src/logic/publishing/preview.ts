// How each network shows a post in the feed, closely enough for an editor to see what readers see first: where the
// text is cut ("… See more"), how images are laid out, whether a link becomes a card. The numbers are what the
// networks show on a phone-sized feed today; they change now and then, the principle (readers see the first lines
// only) does not.

export interface Truncation {
  /** characters shown before the cut (code points) */
  chars: number;
  /** lines shown before the cut */
  lines: number;
  /** what the network writes at the cut */
  more: string;
}

export const TRUNCATION: Record<string, Truncation> = {
  facebook: { chars: 477, lines: 5, more: '… See more' },
  instagram: { chars: 125, lines: 2, more: '… more' },
  linkedin: { chars: 210, lines: 3, more: '…see more' },
  x: { chars: 280, lines: 12, more: 'Show more' },
};

const FALLBACK: Truncation = { chars: 500, lines: 6, more: '… more' };

export function truncationFor(platform: string): Truncation {
  return TRUNCATION[platform] ?? FALLBACK;
}

/**
 * The text as the feed shows it before "See more": at most `chars` code points and `lines` lines, cut at the last
 * space when there is one in the final fifth (networks do not split words), line breaks kept.
 */
export function truncate(text: string, platform: string): { shown: string; truncated: boolean; more: string } {
  const rule = truncationFor(platform);
  let shown = text;
  let truncated = false;
  const lines = shown.split('\n');
  if (lines.length > rule.lines) {
    shown = lines.slice(0, rule.lines).join('\n');
    truncated = true;
  }
  const points = [...shown];
  if (points.length > rule.chars) {
    let cut = points.slice(0, rule.chars).join('');
    const space = cut.lastIndexOf(' ');
    if (space > cut.length * 0.8) cut = cut.slice(0, space);
    shown = cut;
    truncated = true;
  }
  return { shown: truncated ? shown.replace(/\s+$/u, '') : shown, truncated, more: rule.more };
}

export type GridLayout = 'single' | 'pair' | 'one-and-two' | 'quad' | 'carousel' | 'none';

/** How the feed lays out n images: Instagram a swipeable carousel; the others a grid of up to four, "+n" on the last. */
export function imageGrid(platform: string, count: number): { layout: GridLayout; shown: number; more: number } {
  if (count === 0) return { layout: 'none', shown: 0, more: 0 };
  if (platform === 'instagram') return { layout: count === 1 ? 'single' : 'carousel', shown: 1, more: count - 1 };
  if (count === 1) return { layout: 'single', shown: 1, more: 0 };
  if (count === 2) return { layout: 'pair', shown: 2, more: 0 };
  if (count === 3) return { layout: 'one-and-two', shown: 3, more: 0 };
  return { layout: 'quad', shown: 4, more: count - 4 };
}

/**
 * Whether the link becomes a card under the text: on Facebook, LinkedIn and X when the post has no image
 * (with images the network shows those); Instagram makes no link clickable in a caption.
 */
export function linkCard(platform: string, link: string | null | undefined, imageCount: number):
  { show: boolean; domain: string | null; note: string | null } {
  if (!link) return { show: false, domain: null, note: null };
  let domain: string | null = null;
  try {
    domain = new URL(link).hostname.replace(/^www\./, '');
  } catch {
    domain = null;
  }
  if (platform === 'instagram') {
    return { show: false, domain, note: 'Instagram does not make links in captions clickable: the link goes in the bio.' };
  }
  return { show: imageCount === 0 && domain !== null, domain, note: null };
}

/** The text split into paragraphs and lines for rendering (line breaks kept as the networks keep them). */
export function textLines(text: string): string[] {
  return text.split('\n');
}
