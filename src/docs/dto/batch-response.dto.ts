import type { BatchAction, BatchItemResult, BatchResult } from '../../users/batch-action.js';

/** OpenAPI schemas of `POST /users/batch`'s answer (`users/batch-action.ts`). */
export class BatchItemResultDto implements BatchItemResult {
  /** @example "7f1c2a4e-0b7d-4c51-9d8e-3f0e6a1b2c3d" */
  id: string;
  /** @example "error" */
  status: 'ok' | 'error';
  /**
   * What the single-user route would have answered for this id.
   * @example 403
   */
  statusCode: number;
  /** @example "Admins cannot modify, deactivate or delete admins or super admins" */
  message: string;
  /** @example "INSUFFICIENT_PERMISSIONS" */
  code?: string;
}

export class BatchResultDto implements BatchResult {
  /** @example "deactivate" */
  action: BatchAction;
  /** One entry per distinct id, in request order. */
  results: BatchItemResultDto[];
  /** @example 1 */
  succeeded: number;
  /** @example 1 */
  failed: number;
}
