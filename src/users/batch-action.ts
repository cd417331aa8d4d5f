import type { Permission } from '../common/policy/permissions.js';

export const BATCH_ACTIONS = ['activate', 'deactivate', 'delete'] as const;
export type BatchAction = (typeof BATCH_ACTIONS)[number];
export const MAX_BATCH_IDS = 100;

/** The permission each batch action needs: the same one as its single-user route. */
export const BATCH_ACTION_PERMISSIONS: Readonly<Record<BatchAction, Permission>> = {
  activate: 'users:update',
  deactivate: 'users:update',
  delete: 'users:delete',
};

export interface BatchItemResult {
  id: string;
  status: 'ok' | 'error';
  /** What the single-user route would have answered for this id. */
  statusCode: number;
  message: string;
  code?: string;
}

export interface BatchResult {
  action: BatchAction;
  results: BatchItemResult[];
  succeeded: number;
  failed: number;
}
