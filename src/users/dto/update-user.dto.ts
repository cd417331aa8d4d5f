import { AdminFields } from './admin-fields.dto.js';
import { UserFieldsDto } from './user-fields.dto.js';

/** An admin's update of any user (seed 000). */
export class UpdateUserDto extends AdminFields(UserFieldsDto) {}
