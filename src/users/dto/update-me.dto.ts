import { Allow } from 'class-validator';
import { UserFieldsDto } from './user-fields.dto.js';

/** What users may change about themselves (seed 000, with seed 001's profile and preferences). */
export class UpdateMeDto extends UserFieldsDto {
  /** Admin-only fields: accepted so that seed-000 clients may send them, and ignored, as seed 000 says. */
  @Allow() roles?: unknown;
  @Allow() role?: unknown;
  @Allow() isEmailVerified?: unknown;
  @Allow() isActive?: unknown;
  @Allow() status?: unknown;
}
