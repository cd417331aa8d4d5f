import type { AdminResponseDto, CurrentUserResponseDto, UserResponseDto } from '../docs/dto/user-response.dto.js';
import { isPrivileged, isSuperAdmin } from '../common/policy/roles.js';
import { permissionsOf } from '../common/policy/permissions.js';
import { DEFAULT_PREFERENCES, type UserPreferences, type UserProfile } from './user-profile.types.js';
import { statusOf, type UserRecord } from './user.record.js';

/** Declared once, as the documented response DTOs. */
export type UserResponse = UserResponseDto;
export type CurrentUserResponse = CurrentUserResponseDto;
export type AdminResponse = AdminResponseDto;

/** Every field of `UserResponse`, in answer order (a missing or unknown key does not compile). */
const USER_FIELD_ORDER: Record<keyof UserResponse, true> = {
  id: true,
  email: true,
  username: true,
  firstName: true,
  lastName: true,
  age: true,
  phoneNumber: true,
  avatarUrl: true,
  description: true,
  roles: true,
  isEmailVerified: true,
  isActive: true,
  status: true,
  lastActivity: true,
  lastLoginAt: true,
  createdAt: true,
  updatedAt: true,
  profile: true,
  preferences: true,
};

/** What `?fields=` may name on user answers. */
export const USER_RESPONSE_FIELDS = Object.keys(USER_FIELD_ORDER) as ReadonlyArray<keyof UserResponse>;
export const CURRENT_USER_RESPONSE_FIELDS: ReadonlyArray<keyof CurrentUserResponse> = [...USER_RESPONSE_FIELDS, 'permissions'];
export const ADMIN_RESPONSE_FIELDS: ReadonlyArray<keyof AdminResponse> = [...USER_RESPONSE_FIELDS, 'isAdmin', 'isSuperAdmin'];

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export function profileOf(user: Pick<UserRecord, 'profile'>): Required<UserProfile> {
  const p = user.profile ?? {};
  return {
    bio: p.bio ?? null,
    location: p.location ?? null,
    website: p.website ?? null,
    twitter: p.twitter ?? null,
    linkedin: p.linkedin ?? null,
    github: p.github ?? null,
  };
}

export function preferencesOf(user: Pick<UserRecord, 'preferences'>): UserPreferences {
  const p = user.preferences ?? {};
  return {
    theme: p.theme ?? DEFAULT_PREFERENCES.theme,
    language: p.language ?? DEFAULT_PREFERENCES.language,
    timezone: p.timezone ?? DEFAULT_PREFERENCES.timezone,
    notifications: { ...DEFAULT_PREFERENCES.notifications, ...(p.notifications ?? {}) },
  };
}

/** The public shape of a user. Built field by field, so nothing the record gains leaks by accident. */
export function toUserResponse(user: UserRecord): UserResponse {
  return {
    id: user.id,
    email: user.email,
    username: user.username,
    firstName: user.firstName,
    lastName: user.lastName,
    age: user.age,
    phoneNumber: user.phoneNumber,
    avatarUrl: user.avatarUrl,
    description: user.description,
    roles: user.roles,
    isEmailVerified: user.isEmailVerified,
    isActive: user.isActive,
    status: statusOf(user),
    lastActivity: iso(user.lastActivity),
    lastLoginAt: iso(user.lastLoginAt),
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
    profile: profileOf(user),
    preferences: preferencesOf(user),
  };
}

export function toCurrentUserResponse(user: UserRecord): CurrentUserResponse {
  return { ...toUserResponse(user), permissions: permissionsOf(user.roles) };
}

export function toAdminResponse(user: UserRecord): AdminResponse {
  return { ...toUserResponse(user), isAdmin: isPrivileged(user.roles), isSuperAdmin: isSuperAdmin(user.roles) };
}
