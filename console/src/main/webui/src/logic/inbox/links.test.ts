import { describe, expect, it } from 'vitest';
import { networkLink, postUrl } from './links';

describe('links to the network', () => {
  it('makes the post\'s address where the network\'s ids allow', () => {
    expect(postUrl('facebook', '1234567890_777')).toBe('https://www.facebook.com/1234567890_777');
    expect(postUrl('youtube', 'dQw4w9WgXcQ')).toBe('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    expect(postUrl('x', '1790000000000000000')).toBe('https://x.com/i/status/1790000000000000000');
    expect(postUrl('linkedin', 'urn:li:activity:7000')).toBe('https://www.linkedin.com/feed/update/urn:li:activity:7000');
  });

  it('makes none from an id that does not say where the post is, or is not an id at all', () => {
    expect(postUrl('instagram', '17895695668004550')).toBeNull();
    expect(postUrl('facebook', '777')).toBeNull();
    expect(postUrl('x', 'javascript:alert(1)')).toBeNull();
    expect(postUrl('youtube', '../../evil')).toBeNull();
    expect(postUrl('facebook', null)).toBeNull();
  });

  it('links only http(s) addresses', () => {
    expect(networkLink('https://www.facebook.com/42')).toBe('https://www.facebook.com/42');
    expect(networkLink('javascript:alert(1)')).toBeNull();
    expect(networkLink(undefined)).toBeNull();
  });
});
