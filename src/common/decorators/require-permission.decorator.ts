import { SetMetadata } from '@nestjs/common';
import type { Permission } from '../policy/permissions.js';

export const REQUIRED_PERMISSION = 'auth:permission';

export const RequirePermission = (permission: Permission) => SetMetadata(REQUIRED_PERMISSION, permission);
