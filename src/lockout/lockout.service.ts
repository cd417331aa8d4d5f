import { Injectable } from '@nestjs/common';
import { ActivityService } from '../activity/activity.service.js';
import type { Actor } from '../auth/actor.js';
import type { ClientInfo } from '../common/decorators/client-info.decorator.js';
import { Errors } from '../common/errors/domain-error.js';
import { assertMayActOn } from '../common/policy/acting-on.js';
import { TransactionHost } from '../database/transaction-host.js';
import { UserRepository } from '../users/user.repository.js';

export const LockoutMessages = { unlocked: 'User unlocked successfully' } as const;

/**
 * Lifting the brute-force lock by hand. The lock itself is counted at sign-in (AuthService):
 * 10 consecutive failures lock the account for 15 minutes, in PostgreSQL, so every instance sees it.
 */
@Injectable()
export class LockoutService {
  constructor(
    private readonly users: UserRepository,
    private readonly activity: ActivityService,
    private readonly tx: TransactionHost,
  ) {}

  async unlock(actor: Actor, userId: string, client: ClientInfo): Promise<{ message: string }> {
    await this.tx.run(async () => {
      const target = await this.users.findByIdForUpdate(userId);
      if (!target) throw Errors.userNotFound();
      assertMayActOn(actor, target);
      const wasLocked = target.lockedUntil !== null && target.lockedUntil > new Date();
      await this.users.update(target.id, { failedSignIns: 0, lockedUntil: null });
      await this.activity.record({
        userId: target.id,
        actorId: actor.id,
        type: 'unlocked',
        description: wasLocked ? 'Sign-in lock lifted by an administrator' : 'Failed sign-in count reset by an administrator',
        client,
      });
    });
    return { message: LockoutMessages.unlocked };
  }
}
