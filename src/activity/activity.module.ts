import { Global, Module } from '@nestjs/common';
import { ActivityRepository } from './activity.repository.js';
import { ActivityService } from './activity.service.js';

@Global()
@Module({
  providers: [ActivityRepository, ActivityService],
  exports: [ActivityService, ActivityRepository],
})
export class ActivityModule {}
