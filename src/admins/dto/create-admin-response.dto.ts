import { AdminResponseDto } from '../../docs/dto/user-response.dto.js';

/** `POST /users/admins` (seed 000). */
export class CreateAdminResponseDto {
  /** @example "Admin created successfully" */
  message: string;
  admin: AdminResponseDto;
}
