import { Injectable, type PipeTransform } from '@nestjs/common';
import type { UserListCriteria } from './user-list.criteria.js';
import { parseUserListQuery } from './user-list.query.js';

/** `@Query(UserListQueryPipe)`: the whole query string, in any seed's style, as criteria. */
@Injectable()
export class UserListQueryPipe implements PipeTransform<Record<string, string | string[]>, UserListCriteria> {
  transform(query: Record<string, string | string[]>): UserListCriteria {
    return parseUserListQuery(query ?? {});
  }
}
