import { Injectable, Logger } from '@nestjs/common';
import type { Actor } from '../auth/actor.js';
import type { ClientInfo } from '../common/decorators/client-info.decorator.js';
import { Errors } from '../common/errors/domain-error.js';
import { toErrorResponse } from '../common/errors/error-response.js';
import { hasPermission } from '../common/policy/permissions.js';
import { BATCH_ACTION_PERMISSIONS, type BatchAction, type BatchItemResult, type BatchResult } from './batch-action.js';
import type { BatchUsersDto } from './dto/batch-users.dto.js';
import { UsersService } from './users.service.js';

/**
 * `POST /users/batch`: each id goes through the very same service call as its single-user route
 * (same rules, same activity entries), in a transaction of its own, so one refusal does not undo
 * the others. Ids are handled one after the other, in request order.
 */
@Injectable()
export class UsersBatchService {
  private readonly logger = new Logger(UsersBatchService.name);

  constructor(private readonly users: UsersService) {}

  async run(actor: Actor, { ids, action }: BatchUsersDto, client: ClientInfo): Promise<BatchResult> {
    if (!hasPermission(actor.roles, BATCH_ACTION_PERMISSIONS[action])) throw Errors.forbidden();
    const results: BatchItemResult[] = [];
    for (const id of distinct(ids)) results.push(await this.runOne(actor, action, id, client));
    const succeeded = results.filter((result) => result.status === 'ok').length;
    return { action, results, succeeded, failed: results.length - succeeded };
  }

  private async runOne(actor: Actor, action: BatchAction, id: string, client: ClientInfo): Promise<BatchItemResult> {
    try {
      const { message } = await this.apply(actor, action, id, client);
      return { id, status: 'ok', statusCode: 200, message };
    } catch (error) {
      const { body, unexpected } = toErrorResponse(error);
      if (unexpected) this.logger.error({ msg: 'batch item failed', userId: id, action }, (error as Error)?.stack ?? String(error));
      return { id, status: 'error', statusCode: body.statusCode, message: body.message, ...(body.code ? { code: body.code } : {}) };
    }
  }

  private apply(actor: Actor, action: BatchAction, id: string, client: ClientInfo): Promise<{ message: string }> {
    switch (action) {
      case 'activate':
        return this.users.setActive(actor, id, true, client);
      case 'deactivate':
        return this.users.setActive(actor, id, false, client);
      case 'delete':
        return this.users.delete(actor, id, client);
    }
  }
}

/** The ids without repeats (UUIDs compare case-insensitively), first spelling kept. */
function distinct(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  return ids.filter((id) => {
    const key = id.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
