import { describe, expect, it } from 'vitest';
import { validateTargets, versionFromEtag } from './targets';

describe('the response-time targets form', () => {
  it('accepts whole minutes between 1 and 43200 with each channel once', () => {
    expect(validateTargets({ defaultMinutes: 60, targets: [{ platform: 'facebook', firstResponseMinutes: 30 },
      { platform: 'vk', firstResponseMinutes: 43200 }] })).toEqual({});
  });

  it('names each field that is out of range or not whole', () => {
    expect(validateTargets({ defaultMinutes: 0, targets: [{ platform: 'x', firstResponseMinutes: 43201 },
      { platform: 'vk', firstResponseMinutes: 2.5 }] })).toEqual({
      defaultMinutes: 'between 1 and 43200 whole minutes',
      'targets.0.firstResponseMinutes': 'between 1 and 43200 whole minutes',
      'targets.1.firstResponseMinutes': 'between 1 and 43200 whole minutes',
    });
  });

  it('refuses a channel twice and a row without a channel', () => {
    expect(validateTargets({ defaultMinutes: 60, targets: [{ platform: 'facebook', firstResponseMinutes: 30 },
      { platform: 'facebook', firstResponseMinutes: 20 }, { platform: '', firstResponseMinutes: 5 }] })).toEqual({
      'targets.1.platform': 'facebook has a target already',
      'targets.2.platform': 'choose a channel',
    });
  });

  it('reads the version from strong and weak ETags', () => {
    expect(versionFromEtag('"3"')).toBe(3);
    expect(versionFromEtag('W/"12"')).toBe(12);
    expect(versionFromEtag(null)).toBeNull();
  });
});
