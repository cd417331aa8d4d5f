/** The bounds of an avatar upload; the multipart parser and the image processor share them. */
export const AVATAR_MAX_BYTES = 5 * 1024 * 1024;
/** Decompression bombs: a small file may declare a huge canvas; refused from the header, before decoding. */
export const AVATAR_MAX_PIXELS = 40_000_000;
export const AVATAR_ORIGINAL_MAX_SIDE = 1024;
export const AVATAR_MEDIUM_SIDE = 256;
export const AVATAR_SMALL_SIDE = 64;
export const AVATAR_FIELD = 'avatar';
export const AVATAR_UPLOAD_ROUTE = '/users/me/avatar';
