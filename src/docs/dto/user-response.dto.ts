import type { NotificationPreferences, Theme, UserPreferences, UserProfile } from '../../users/user-profile.types.js';
import type { UserStatus } from '../../users/user.record.js';

/**
 * The user shapes `users/user.mapper.ts` builds, declared once: the mapper returns these types and
 * the OpenAPI schemas come from them (swagger CLI plugin). Examples are seed 000's and seed 001's.
 */
export class UserProfileResponseDto implements Required<UserProfile> {
  /** @example "Software developer passionate about TypeScript" */
  bio: string | null;
  /** @example "San Francisco, CA" */
  location: string | null;
  /** @example "https://johndoe.dev" */
  website: string | null;
  /** @example "@johndoe" */
  twitter: string | null;
  linkedin: string | null;
  github: string | null;
}

export class NotificationPreferencesResponseDto implements NotificationPreferences {
  /** @example true */
  email: boolean;
  /** @example false */
  push: boolean;
  /** @example false */
  marketing: boolean;
}

export class UserPreferencesResponseDto implements UserPreferences {
  /** @example "dark" */
  theme: Theme;
  /** @example "en" */
  language: string;
  /** @example "UTC" */
  timezone: string;
  notifications: NotificationPreferencesResponseDto;
}

export class UserResponseDto {
  /** @example "7f1c2a4e-0b7d-4c51-9d8e-3f0e6a1b2c3d" */
  id: string;
  /** @example "jane@example.com" */
  email: string;
  /** @example "janedoe" */
  username: string | null;
  /** @example "Jane" */
  firstName: string;
  /** @example "Doe" */
  lastName: string;
  /** @example 28 */
  age: number | null;
  /** @example "+1234567890" */
  phoneNumber: string | null;
  /** @example "https://example.com/avatar.jpg" */
  avatarUrl: string | null;
  /** @example "Software developer" */
  description: string | null;
  /** @example ["user"] */
  roles: string[];
  /** @example true */
  isEmailVerified: boolean;
  /** @example true */
  isActive: boolean;
  /**
   * Derived: pending (email not verified), active, inactive, blocked, locked.
   * @example "active"
   */
  status: UserStatus;
  /** @example "2024-01-15T10:30:00.000Z" */
  lastActivity: string | null;
  /** @example "2024-01-15T10:30:00.000Z" */
  lastLoginAt: string | null;
  /** @example "2024-01-01T00:00:00.000Z" */
  createdAt: string;
  /** @example "2024-01-15T10:30:00.000Z" */
  updatedAt: string;
  profile: UserProfileResponseDto;
  preferences: UserPreferencesResponseDto;
}

export class CurrentUserResponseDto extends UserResponseDto {
  /** @example ["profile:read", "password:change", "sessions:manage", "profile:update"] */
  permissions: string[];
}

export class AdminResponseDto extends UserResponseDto {
  /** @example true */
  isAdmin: boolean;
  /** @example false */
  isSuperAdmin: boolean;
}

export class MessageResponseDto {
  /** @example "User deleted successfully" */
  message: string;
}
