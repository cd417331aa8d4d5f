import { IsIn, IsInt, IsISO8601, IsOptional, Matches, Max, Min } from 'class-validator';
import { ToInt } from '../../common/validation/query-transforms.js';
import { ACTIVITY_TYPES, type ActivityType } from '../activity-types.js';

export const ACTIVITY_PAGE_MAX = 100;
/** Calendar dates only: ISO 8601 also allows ordinal and week dates (`2026123`), which `new Date()` cannot read. */
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}(T|$)/;

export class ActivityQueryDto {
  @IsOptional() @IsIn(ACTIVITY_TYPES, { message: `type must be one of: ${ACTIVITY_TYPES.join(', ')}` })
  type?: ActivityType;

  @IsOptional() @IsISO8601({ strict: true }, { message: 'from must be an ISO 8601 date or date-time' })
  @Matches(CALENDAR_DATE, { message: 'from must be an ISO 8601 date or date-time' })
  from?: string;

  @IsOptional() @IsISO8601({ strict: true }, { message: 'to must be an ISO 8601 date or date-time' })
  @Matches(CALENDAR_DATE, { message: 'to must be an ISO 8601 date or date-time' })
  to?: string;

  @IsOptional() @ToInt() @IsInt({ message: 'page must be a positive integer' }) @Min(1, { message: 'page must be a positive integer' })
  page?: number;

  @IsOptional() @ToInt()
  @IsInt({ message: `limit must be an integer between 1 and ${ACTIVITY_PAGE_MAX}` })
  @Min(1, { message: `limit must be an integer between 1 and ${ACTIVITY_PAGE_MAX}` })
  @Max(ACTIVITY_PAGE_MAX, { message: `limit must be an integer between 1 and ${ACTIVITY_PAGE_MAX}` })
  limit?: number;
}
