import type { UserRecord } from '../users/user.record.js';

/** The signed-in caller of a request: who, through which session, as loaded by the access-token guard. */
export interface Actor {
  id: string;
  roles: string[];
  sessionId: string;
  user: UserRecord;
}
