import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { ActivityService } from '../activity/activity.service.js';
import type { Actor } from '../auth/actor.js';
import type { ClientInfo } from '../common/decorators/client-info.decorator.js';
import { DomainError } from '../common/errors/domain-error.js';
import { TransactionHost } from '../database/transaction-host.js';
import { UserRepository } from '../users/user.repository.js';
import { AvatarRepository, type AvatarSize } from './avatar.repository.js';
import type { AvatarResponseDto } from './dto/avatar-response.dto.js';
import { ImageProcessor } from './image-processor.js';

/** Declared once, as the documented DTO. */
export type AvatarResponse = AvatarResponseDto;

export interface AvatarFile {
  status: 200 | 304;
  headers: Record<string, string>;
  body?: Buffer;
}

/** `<version>.webp`, `<version>-medium.webp`, `<version>-small.webp`. */
const FILE_NAME = /^([0-9a-f]{16})(?:-(medium|small))?\.webp$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';

export function avatarPath(userId: string, version: string, size: AvatarSize = 'original'): string {
  return `/avatars/${userId}/${version}${size === 'original' ? '' : `-${size}`}.webp`;
}

const avatarNotFound = () => new DomainError('NOT_FOUND', 'Avatar not found');

@Injectable()
export class AvatarsService {
  constructor(
    private readonly avatars: AvatarRepository,
    private readonly users: UserRepository,
    private readonly images: ImageProcessor,
    private readonly activity: ActivityService,
    private readonly tx: TransactionHost,
  ) {}

  /** Re-encodes the upload (outside the transaction), then stores it and points `avatarUrl` at it. */
  async upload(actor: Actor, bytes: Buffer, client: ClientInfo, origin: string): Promise<AvatarResponse> {
    const image = await this.images.process(bytes);
    const version = randomBytes(8).toString('hex');
    const urls = {
      avatar: origin + avatarPath(actor.id, version),
      thumbnails: { small: origin + avatarPath(actor.id, version, 'small'), medium: origin + avatarPath(actor.id, version, 'medium') },
    };
    await this.tx.run(async () => {
      await this.avatars.save({ userId: actor.id, version, ...image });
      await this.users.update(actor.id, { avatarUrl: urls.avatar });
      await this.activity.record({
        userId: actor.id,
        type: 'avatar_updated',
        description: 'Avatar updated',
        metadata: { version, width: image.width, height: image.height, uploadedBytes: bytes.length },
        client,
      });
    });
    return urls;
  }

  async remove(actor: Actor, client: ClientInfo): Promise<{ message: string }> {
    await this.tx.run(async () => {
      const hadImage = await this.avatars.delete(actor.id);
      const user = await this.users.findById(actor.id);
      if (!hadImage && !user?.avatarUrl) return;
      await this.users.update(actor.id, { avatarUrl: null });
      await this.activity.record({ userId: actor.id, type: 'avatar_removed', description: 'Avatar removed', client });
    });
    return { message: 'Avatar removed successfully' };
  }

  /** A stored image by its public file name; the version in the name is the ETag. */
  async file(userId: string, fileName: string, ifNoneMatch: string | undefined): Promise<AvatarFile> {
    const match = FILE_NAME.exec(fileName);
    if (!match) throw avatarNotFound();
    const [, version, size = 'original'] = match;
    const etag = `"${version}${size === 'original' ? '' : `-${size}`}"`;
    const image = await this.avatars.findImage(userId, version, size as AvatarSize);
    if (!image) throw avatarNotFound();
    const headers = { etag, 'cache-control': IMMUTABLE, 'last-modified': image.updatedAt.toUTCString() };
    if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => [etag, `W/${etag}`, '*'].includes(tag.trim()))) {
      return { status: 304, headers };
    }
    return {
      status: 200,
      headers: { ...headers, 'content-type': image.contentType, 'x-content-type-options': 'nosniff', 'content-disposition': 'inline' },
      body: image.bytes,
    };
  }
}
