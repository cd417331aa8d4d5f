import { Injectable } from '@nestjs/common';
import type SharpModule from 'sharp';
import { DomainError } from '../common/errors/domain-error.js';
import {
  AVATAR_MAX_PIXELS,
  AVATAR_MEDIUM_SIDE,
  AVATAR_ORIGINAL_MAX_SIDE,
  AVATAR_SMALL_SIDE,
} from './avatar-limits.js';
import { sniffImageType } from './image-type.js';

export interface ProcessedAvatar {
  contentType: 'image/webp';
  original: Buffer;
  medium: Buffer;
  small: Buffer;
  width: number;
  height: number;
}

const unsupported = () => new DomainError('UNSUPPORTED_MEDIA_TYPE', 'Avatar must be a JPEG, PNG or WebP image');
const unreadable = () => new DomainError('VALIDATION_ERROR', 'Avatar image is corrupt or unreadable', [
  { field: 'avatar', message: 'Avatar image is corrupt or unreadable' },
]);
const tooManyPixels = () =>
  new DomainError('PAYLOAD_TOO_LARGE', `Image too large: at most ${AVATAR_MAX_PIXELS / 1_000_000} megapixels`);

const INPUT = { limitInputPixels: AVATAR_MAX_PIXELS, failOn: 'error' } as const;

let loaded: Promise<typeof SharpModule> | undefined;
/** sharp (libvips) costs tens of megabytes of resident memory: loaded with the first upload, not at boot. */
const loadSharp = () => (loaded ??= import('sharp').then((module) => module.default));

/**
 * Checks an uploaded image by its content and re-encodes it with sharp: turned upright by its EXIF
 * orientation, every metadata block dropped (sharp keeps none unless asked), WebP out.
 */
@Injectable()
export class ImageProcessor {
  async process(bytes: Buffer): Promise<ProcessedAvatar> {
    const type = sniffImageType(bytes);
    if (!type) throw unsupported();
    const sharp = await loadSharp();
    // Reading the header only: the declared size is checked before a single pixel is decoded.
    const meta = await sharp(bytes, INPUT)
      .metadata()
      .catch((error: Error) => {
        throw /pixel limit/i.test(error.message) ? tooManyPixels() : unreadable();
      });
    if (meta.format !== type && !(type === 'jpeg' && meta.format === 'jpeg')) throw unreadable();
    if (!meta.width || !meta.height) throw unreadable();
    if (meta.width * meta.height > AVATAR_MAX_PIXELS) throw tooManyPixels();
    try {
      const { data: original, info } = await sharp(bytes, INPUT)
        .rotate()
        .resize(AVATAR_ORIGINAL_MAX_SIDE, AVATAR_ORIGINAL_MAX_SIDE, { fit: 'inside', withoutEnlargement: true })
        .webp({ quality: 85 })
        .toBuffer({ resolveWithObject: true });
      const [medium, small] = await Promise.all(
        [AVATAR_MEDIUM_SIDE, AVATAR_SMALL_SIDE].map((side) =>
          sharp(original).resize(side, side, { fit: 'cover', position: 'attention' }).webp({ quality: 80 }).toBuffer(),
        ),
      );
      return { contentType: 'image/webp', original, medium, small, width: info.width, height: info.height };
    } catch (error) {
      if (error instanceof Error && /pixel limit/i.test(error.message)) throw tooManyPixels();
      throw unreadable();
    }
  }
}
