import type { AdminResponse, CurrentUserResponse, UserResponse } from '../../users/user.mapper.js';
import type { NotificationPreferences, Theme, UserPreferences, UserProfile } from '../../users/user-profile.types.js';
import type { UserStatus } from '../../users/user.record.js';

/**
 * OpenAPI schemas of the user shapes built by `users/user.mapper.ts`. Each class `implements` the
 * mapper's interface, so the documentation cannot lose or rename a field the code returns.
 */
export class UserProfileResponseDto implements Required<UserProfile> {
  bio: string | null;
  location: string | null;
  /** @example "https://jane.example.com" */
  website: string | null;
  twitter: string | null;
  linkedin: string | null;
  github: string | null;
}

export class NotificationPreferencesResponseDto implements NotificationPreferences {
  email: boolean;
  push: boolean;
  marketing: boolean;
}

export class UserPreferencesResponseDto implements UserPreferences {
  theme: Theme;
  /** @example "en" */
  language: string;
  /** @example "UTC" */
  timezone: string;
  notifications: NotificationPreferencesResponseDto;
}

export class UserResponseDto implements UserResponse {
  /** @example "7f1c2a4e-0b7d-4c51-9d8e-3f0e6a1b2c3d" */
  id: string;
  /** @example "jane@example.com" */
  email: string;
  /** @example "jane" */
  username: string | null;
  /** @example "Jane" */
  firstName: string;
  /** @example "Doe" */
  lastName: string;
  /** @example 28 */
  age: number | null;
  /** @example "+15550001234" */
  phoneNumber: string | null;
  avatarUrl: string | null;
  description: string | null;
  /** @example ["user"] */
  roles: string[];
  isEmailVerified: boolean;
  isActive: boolean;
  /** Derived: pending (email not verified), active, inactive, blocked, locked. */
  status: UserStatus;
  /** @example "2026-01-01T12:00:00.000Z" */
  lastActivity: string | null;
  /** @example "2026-01-01T12:00:00.000Z" */
  lastLoginAt: string | null;
  /** @example "2026-01-01T12:00:00.000Z" */
  createdAt: string;
  /** @example "2026-01-01T12:00:00.000Z" */
  updatedAt: string;
  profile: UserProfileResponseDto;
  preferences: UserPreferencesResponseDto;
}

export class CurrentUserResponseDto extends UserResponseDto implements CurrentUserResponse {
  /** @example ["profile:read", "password:change", "sessions:manage", "profile:update"] */
  permissions: string[];
}

export class AdminResponseDto extends UserResponseDto implements AdminResponse {
  isAdmin: boolean;
  isSuperAdmin: boolean;
}

export class MessageResponseDto {
  /** @example "Done" */
  message: string;
}
