// The logos part of the brand setup screen (standards-service's /api/v1/brands/{brand}/logos and /logo-sightings):
// which files are sent at all, a logo id the service accepts, and where a found logo's box sits over the test image.
import type { LogoSighting, LogoSightings } from '../../types/brandsetup';

/** standards-service's limits: a logo is a PNG or JPEG of at most 2 MiB (BrandLogos.MAX_BYTES)… */
export const LOGO_TYPES = ['image/png', 'image/jpeg'];
export const MAX_LOGO_BYTES = 2 * 1024 * 1024;
/** …a test image a JPEG, PNG or WebP of at most the checks' 8 MiB (parley.standards.checks.max-image-bytes). */
export const TEST_IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp'];
export const MAX_TEST_IMAGE_BYTES = 8 * 1024 * 1024;

const LOGO_ID = /^[a-z0-9][a-z0-9-]{0,62}$/;

export interface PickedFile {
  type: string;
  size: number;
}

/** What is wrong with a logo upload before it is sent, as codes the screen words; empty when it can go. */
export function logoErrors(logoId: string, file: PickedFile | null): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!logoId) errors.logoId = 'required';
  else if (!LOGO_ID.test(logoId)) errors.logoId = 'logoId';
  if (!file) errors.file = 'required';
  else if (!LOGO_TYPES.includes(file.type)) errors.file = 'logoType';
  else if (file.size > MAX_LOGO_BYTES) errors.file = 'logoTooLarge';
  return errors;
}

/** What is wrong with a test image before it is sent (code), or null. */
export function testImageError(file: PickedFile | null): string | null {
  if (!file) return 'required';
  if (!TEST_IMAGE_TYPES.includes(file.type)) return 'imageType';
  if (file.size > MAX_TEST_IMAGE_BYTES) return 'imageTooLarge';
  return null;
}

/** A logo id proposed from a file name: "Acme Logo (white).PNG" → "acme-logo-white". */
export function suggestedLogoId(fileName: string): string {
  return fileName.replace(/\.[^.]*$/, '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 63);
}

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A sighting's box in percent of the image, so it is drawn over the image at whatever size the screen shows it. */
export function boxOf(s: Pick<LogoSighting, 'x' | 'y' | 'width' | 'height'>, image: Pick<LogoSightings, 'width' | 'height'>): Box {
  const pct = (v: number, of: number) => Math.max(0, Math.min(100, (100 * v) / of));
  return { left: pct(s.x, image.width), top: pct(s.y, image.height), width: pct(s.width, image.width),
    height: pct(s.height, image.height) };
}

/** The registered logos not found on the test image. */
export function notFound(result: LogoSightings): string[] {
  const found = new Set(result.sightings.map((s) => s.logoId));
  return result.registered.filter((id) => !found.has(id));
}
