import { applyDecorators } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiQuery } from '@nestjs/swagger';
import { Errors } from '../common/errors/domain-error.js';
import { ROLES } from '../common/policy/roles.js';
import { ApiMessage, ApiPageResponse, ApiRoleRestricted, ApiSignedIn, ApiUserIdParam } from '../docs/api-docs.decorators.js';
import { CurrentUserResponseDto, UserResponseDto } from '../docs/dto/user-response.dto.js';
import { UserPageDto } from './dto/user-page.dto.js';
import { USER_SORT_FIELDS } from './user-list.criteria.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './user-list.query.js';
import { UsersMessages } from './users.messages.js';

/** The OpenAPI description of each /users and /users/me handler, one decorator per handler. */
const CONFLICTS = [Errors.emailInUse(), Errors.phoneNumberInUse(), Errors.usernameInUse()];
/** Role refusals: the permission is missing, or an admin acts on an admin. */
const FORBIDDEN = [Errors.forbidden(), Errors.forbidden(UsersMessages.cannotActOnAdmin)];
const ROLE_GRANT_FORBIDDEN = Errors.forbidden(UsersMessages.onlySuperAdminGrants);

const text = (name: string, description: string) => ApiQuery({ name, required: false, type: String, description });
const flag = (name: string, description: string) => ApiQuery({ name, required: false, type: Boolean, description });

const LIST_QUERY = [
  text('search', 'Partial, case-insensitive match on first name, last name, email, phone number or username (alias `q`)'),
  text('firstName', 'Partial match'),
  text('lastName', 'Partial match'),
  text('email', 'Partial match'),
  text('phoneNumber', 'Partial match'),
  text('username', 'Partial match'),
  ApiQuery({
    name: 'roles',
    required: false,
    isArray: true,
    enum: ROLES,
    description: 'Any of these roles: `roles=a&roles=b`, `roles[]=a`, `roles=a,b` or `role=a`',
  }),
  flag('isEmailVerified', '`true` or `false`'),
  flag('isActive', '`true` or `false` (alias `active`)'),
  ApiQuery({ name: 'status', required: false, enum: ['pending', 'active', 'inactive', 'blocked', 'locked'] }),
  text('createdFrom', 'ISO 8601 date: created on or after'),
  text('createdTo', 'ISO 8601 date: created on or before'),
  ApiQuery({ name: 'page', required: false, type: Number, description: 'From 1 (default 1)' }),
  ApiQuery({ name: 'limit', required: false, type: Number, description: `1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}; alias \`perPage\`)` }),
  ApiQuery({ name: 'sortBy', required: false, enum: USER_SORT_FIELDS, description: 'Default createdAt (alias `sort`, also seed 003\'s `sort=["field","ASC"]`)' }),
  ApiQuery({ name: 'sortOrder', required: false, enum: ['asc', 'desc'], description: 'Default desc (alias `order`)' }),
  text('filter', 'Seed 003\'s JSON filter, e.g. `{"q":"jane","isActive":true}`'),
];

export const ApiListUsers = () =>
  applyDecorators(
    ApiOperation({ summary: 'Search, filter, sort and page users (moderator and above)' }),
    ...LIST_QUERY,
    ApiPageResponse(UserPageDto),
    ApiRoleRestricted(Errors.badRequest('limit', 'limit: must be an integer from 1 to 100')),
  );

export const ApiCreateUser = () =>
  applyDecorators(
    ApiOperation({ summary: 'Create a user (admin and above; only a super admin grants admin roles)' }),
    ApiCreatedResponse({ type: UserResponseDto }),
    ApiRoleRestricted(400, Errors.forbidden(), ROLE_GRANT_FORBIDDEN, ...CONFLICTS),
  );

export const ApiGetUser = () =>
  applyDecorators(
    ApiOperation({ summary: 'A user by id (moderator and above, or oneself)' }),
    ApiUserIdParam(),
    ApiOkResponse({ type: UserResponseDto }),
    ApiRoleRestricted(Errors.userNotFound()),
  );

const updateUser = (summary: string) =>
  applyDecorators(
    ApiOperation({ summary }),
    ApiUserIdParam(),
    ApiOkResponse({ type: UserResponseDto }),
    ApiRoleRestricted(400, ...FORBIDDEN, ROLE_GRANT_FORBIDDEN, Errors.userNotFound(), ...CONFLICTS, Errors.lastSuperAdmin()),
  );

export const ApiReplaceUser = () => updateUser('Update a user, roles and status included (admin and above)');
export const ApiPatchUser = () => updateUser('Update some fields of a user (same rules as PUT)');

const userAction = (summary: string, message: string) =>
  applyDecorators(
    ApiUserIdParam(),
    ApiRoleRestricted(...FORBIDDEN, Errors.userNotFound(), Errors.lastSuperAdmin()),
    ApiMessage(summary, message),
  );

export const ApiDeactivateUser = () => userAction('Deactivate a user; their sessions end at once', UsersMessages.deactivated);
export const ApiActivateUser = () => userAction('Reactivate a deactivated user', UsersMessages.activated);
export const ApiDeleteUser = () => userAction('Delete a user and all their data, for good', UsersMessages.deleted);

export const ApiGetMe = () =>
  applyDecorators(
    ApiOperation({ summary: 'The caller, with their permissions, profile and preferences' }),
    ApiOkResponse({ type: CurrentUserResponseDto }),
    ApiSignedIn(),
  );

const updateMe = (summary: string) =>
  applyDecorators(
    ApiOperation({ summary }),
    ApiOkResponse({ type: CurrentUserResponseDto }),
    ApiRoleRestricted(400, ...CONFLICTS),
  );

export const ApiReplaceMe = () =>
  updateMe('Update one’s own profile (user and above); profile and preferences are deep-merged, admin-only fields ignored');
export const ApiPatchMe = () => updateMe('Update some of one’s own fields (same rules as PUT)');
