import { describe, expect, it } from 'vitest';
import { brandTabFromPath, brandTabPath } from './tabs';

describe('the brand setup tabs', () => {
  it('open the tab the address names, listening rules otherwise', () => {
    expect(brandTabFromPath('/brand/logos')).toBe('logos');
    expect(brandTabFromPath('/brand/moderation')).toBe('moderation');
    expect(brandTabFromPath('/brand')).toBe('listening');
    expect(brandTabFromPath('/brand/unknown')).toBe('listening');
    expect(brandTabPath('logos')).toBe('/brand/logos');
  });
});
