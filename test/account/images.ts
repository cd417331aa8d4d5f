import sharp from 'sharp';

/** A small solid-colour image of the given format, made with sharp. */
export function makeImage(format: 'png' | 'jpeg' | 'webp', width = 300, height = 200, colour = '#3366cc'): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: colour } })[format]().toBuffer();
}

/** A JPEG carrying EXIF orientation 6 (rotate 90°) and a comment, to check rotation and stripping. */
export function makeRotatedJpeg(): Promise<Buffer> {
  return sharp({ create: { width: 400, height: 200, channels: 3, background: '#cc3333' } })
    .jpeg()
    .withMetadata({ orientation: 6, exif: { IFD0: { Copyright: 'secret-camera-owner' } } })
    .toBuffer();
}

/** 20,000 x 20,000 pixels of one colour: about a megabyte of PNG that would decode to 1.2 GB. */
export function makePixelBomb(): Promise<Buffer> {
  return sharp({ create: { width: 20_000, height: 20_000, channels: 3, background: '#ffffff' }, limitInputPixels: false })
    .png({ compressionLevel: 6 })
    .toBuffer();
}
