import { Injectable } from '@nestjs/common';
import { and, eq, sql } from 'drizzle-orm';
import { avatars } from '../database/schema/index.js';
import { TransactionHost } from '../database/transaction-host.js';
import { isUuid } from '../users/user.repository.js';

export const AVATAR_SIZES = ['original', 'medium', 'small'] as const;
export type AvatarSize = (typeof AVATAR_SIZES)[number];

export interface NewAvatar {
  userId: string;
  version: string;
  contentType: string;
  original: Buffer;
  medium: Buffer;
  small: Buffer;
  width: number;
  height: number;
}

export interface AvatarImage {
  version: string;
  contentType: string;
  bytes: Buffer;
  updatedAt: Date;
}

@Injectable()
export class AvatarRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** One avatar per user: a new upload replaces the previous one (and its version). */
  async save(avatar: NewAvatar): Promise<void> {
    const { userId, ...rest } = avatar;
    await this.tx.db
      .insert(avatars)
      .values({ userId, ...rest })
      .onConflictDoUpdate({ target: avatars.userId, set: { ...rest, updatedAt: sql`now()` } });
  }

  /** One size of the user's avatar, when `version` is still the current one; reads only that column. */
  async findImage(userId: string, version: string, size: AvatarSize): Promise<AvatarImage | undefined> {
    if (!isUuid(userId)) return undefined;
    const [row] = await this.tx.db
      .select({ version: avatars.version, contentType: avatars.contentType, bytes: avatars[size], updatedAt: avatars.updatedAt })
      .from(avatars)
      .where(and(eq(avatars.userId, userId), eq(avatars.version, version)));
    return row;
  }

  async findMeta(userId: string): Promise<{ version: string; contentType: string; width: number; height: number; updatedAt: Date } | undefined> {
    const [row] = await this.tx.db
      .select({ version: avatars.version, contentType: avatars.contentType, width: avatars.width, height: avatars.height, updatedAt: avatars.updatedAt })
      .from(avatars)
      .where(eq(avatars.userId, userId));
    return row;
  }

  async delete(userId: string): Promise<boolean> {
    const deleted = await this.tx.db.delete(avatars).where(eq(avatars.userId, userId)).returning({ userId: avatars.userId });
    return deleted.length > 0;
  }
}
