import type { UserFieldsDto } from './dto/user-fields.dto.js';
import type { UserChanges } from './user.repository.js';
import type { UserRecord } from './user.record.js';

/** The column changes a profile update asks for, with profile and preferences deep-merged (seed 001). */
export function profileChanges(current: UserRecord, dto: UserFieldsDto): UserChanges {
  const changes: UserChanges = {};
  if (dto.firstName !== undefined) changes.firstName = dto.firstName;
  if (dto.lastName !== undefined) changes.lastName = dto.lastName;
  if (dto.username !== undefined) changes.username = dto.username;
  if (dto.age !== undefined) changes.age = dto.age;
  if (dto.phoneNumber !== undefined) changes.phoneNumber = dto.phoneNumber;
  if (dto.description !== undefined) changes.description = dto.description;
  const avatarUrl = dto.avatarUrl !== undefined ? dto.avatarUrl : dto.avatar;
  if (avatarUrl !== undefined) changes.avatarUrl = avatarUrl;
  if (dto.email !== undefined && dto.email.toLowerCase() !== current.email.toLowerCase()) {
    changes.email = dto.email;
    changes.isEmailVerified = false;
  }
  if (dto.profile) changes.profile = { ...current.profile, ...dto.profile };
  if (dto.preferences) {
    const { notifications, ...rest } = dto.preferences;
    changes.preferences = {
      ...current.preferences,
      ...rest,
      ...(notifications ? { notifications: { ...current.preferences.notifications, ...notifications } } : {}),
    };
  }
  return changes;
}
