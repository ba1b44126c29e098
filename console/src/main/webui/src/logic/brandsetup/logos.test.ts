import { describe, expect, it } from 'vitest';
import { boxOf, logoErrors, notFound, suggestedLogoId, testImageError } from './logos';

const png = (size: number) => ({ type: 'image/png', size });

describe('logo uploads', () => {
  it('sends only a PNG or JPEG of at most 2 MiB under an id the service accepts', () => {
    expect(logoErrors('acme-primary', png(40_000))).toEqual({});
    expect(logoErrors('', null)).toEqual({ logoId: 'required', file: 'required' });
    expect(logoErrors('Acme_Logo', { type: 'image/gif', size: 10 })).toEqual({ logoId: 'logoId', file: 'logoType' });
    expect(logoErrors('acme', png(2 * 1024 * 1024 + 1))).toEqual({ file: 'logoTooLarge' });
    expect(logoErrors('-acme', png(10))).toEqual({ logoId: 'logoId' });
  });

  it('proposes an id from the file name', () => {
    expect(suggestedLogoId('Acme Logo (white).PNG')).toBe('acme-logo-white');
    expect(suggestedLogoId('Łódź café.jpg')).toBe('odz-cafe');
  });

  it('takes any JPEG, PNG or WebP test image up to the checks\' 8 MiB', () => {
    expect(testImageError({ type: 'image/webp', size: 1_000_000 })).toBeNull();
    expect(testImageError({ type: 'application/pdf', size: 10 })).toBe('imageType');
    expect(testImageError({ type: 'image/jpeg', size: 9 * 1024 * 1024 })).toBe('imageTooLarge');
    expect(testImageError(null)).toBe('required');
  });
});

describe('a found logo over the test image', () => {
  it('is drawn where the service found it, in percent of the image', () => {
    expect(boxOf({ x: 810, y: 945, width: 135, height: 54 }, { width: 1080, height: 1080 }))
      .toEqual({ left: 75, top: 87.5, width: 12.5, height: 5 });
  });

  it('stays inside the image', () => {
    expect(boxOf({ x: -4, y: 0, width: 2000, height: 10 }, { width: 1000, height: 100 }))
      .toEqual({ left: 0, top: 0, width: 100, height: 10 });
  });

  it('names the registered logos that were not found', () => {
    expect(notFound({ brand: 'acme', format: 'jpeg', width: 10, height: 10, registered: ['acme', 'acme-white'],
      analysisMillis: 5, sightings: [{ logoId: 'acme', x: 0, y: 0, width: 1, height: 1, widthShare: 0.1,
        areaShare: 0.01, score: 0.9, placement: 'center', clearSpacePx: 0 }] })).toEqual(['acme-white']);
  });
});
