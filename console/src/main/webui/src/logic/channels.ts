// One colour per channel for the calendar and the charts; each dark enough for white text (≥ 4.5:1).
const COLOURS: Record<string, string> = {
  facebook: '#1c4f9c',
  instagram: '#a61e4d',
  x: '#212529',
  linkedin: '#0b5394',
  youtube: '#b3261e',
  tiktok: '#5f3dc4',
  vk: '#1864ab',
  telegram: '#0b7285',
  forum: '#5c3d11',
  rss: '#8a3c00',
  generic: '#495057',
};

export function channelColour(platform: string): string {
  return COLOURS[platform] ?? COLOURS.generic;
}
