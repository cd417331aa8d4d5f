import { PaginationDto } from '../../docs/dto/pagination.dto.js';
import { UserResponseDto } from '../../docs/dto/user-response.dto.js';

/** `GET /users`: one page of users and where it sits (seed 000). */
export class UserPageDto {
  users: UserResponseDto[];
  pagination: PaginationDto;
}
