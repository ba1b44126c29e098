import { safeUrl } from './workflow';

// Links from a conversation to the network: the post it is under and each message where the customer wrote it
// (docs/console.md, "The Inbox screen"). Only http(s) addresses become links.

/**
 * The address of the post a conversation is under, on networks whose post ids make one (Facebook's page_post id,
 * YouTube's video id, X's post id, LinkedIn's activity URN); null where the id alone does not (Instagram's media
 * ids, VK, Telegram, forums) — the story's permalink or a message's own permalink stands in there.
 */
export function postUrl(platform: string, postId: string | null | undefined): string | null {
  if (!postId || !/^[\w:.-]{1,200}$/u.test(postId)) return null;
  const id = encodeURIComponent(postId);
  switch (platform) {
    case 'facebook': return /^\d+_\d+$/u.test(postId) ? `https://www.facebook.com/${id}` : null;
    case 'youtube': return `https://www.youtube.com/watch?v=${id}`;
    case 'x': return /^\d+$/u.test(postId) ? `https://x.com/i/status/${id}` : null;
    case 'linkedin': return postId.startsWith('urn:li:') ? `https://www.linkedin.com/feed/update/${postId}` : null;
    default: return null;
  }
}

/** Where a link to a message, a profile or a post may point: http(s) only. */
export const networkLink = (url: string | null | undefined): string | null => safeUrl(url);
