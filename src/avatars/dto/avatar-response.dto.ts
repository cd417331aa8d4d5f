export class AvatarThumbnailsDto {
  /** @example "http://localhost:3000/avatars/7f1c2a4e-0b7d-4c51-9d8e-3f0e6a1b2c3d/3f9a1c2b4d5e6f70-small.webp" */
  small: string;
  /** @example "http://localhost:3000/avatars/7f1c2a4e-0b7d-4c51-9d8e-3f0e6a1b2c3d/3f9a1c2b4d5e6f70-medium.webp" */
  medium: string;
}

/** `POST /users/me/avatar` (seed 001): the stored image and its thumbnails, re-encoded as WebP. */
export class AvatarResponseDto {
  /** @example "http://localhost:3000/avatars/7f1c2a4e-0b7d-4c51-9d8e-3f0e6a1b2c3d/3f9a1c2b4d5e6f70.webp" */
  avatar: string;
  thumbnails: AvatarThumbnailsDto;
}
