import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsString } from 'class-validator';
import { BATCH_ACTIONS, MAX_BATCH_IDS, type BatchAction } from '../batch-action.js';

export class BatchUsersDto {
  /**
   * The users to act on, 1 to 100; repeats are acted on once.
   * @example ["7f1c2a4e-0b7d-4c51-9d8e-3f0e6a1b2c3d", "0b8e2f7a-5d1c-4e9b-8a3f-6c2d1e0f9a8b"]
   */
  // class-validator runs these bottom-up and stops at the first failure: the array check first.
  @IsString({ each: true, message: 'ids must hold strings' })
  @ArrayMaxSize(MAX_BATCH_IDS, { message: `ids must hold at most ${MAX_BATCH_IDS} ids` })
  @ArrayMinSize(1, { message: 'ids must not be empty' })
  @IsArray({ message: 'ids must be an array of user ids' })
  ids!: string[];

  /** @example "deactivate" */
  @IsIn(BATCH_ACTIONS, { message: `action must be one of ${BATCH_ACTIONS.join(', ')}` })
  action!: BatchAction;
}
