import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module.js';
import { StatsController } from './stats.controller.js';
import { StatsService } from './stats.service.js';

@Module({
  imports: [UsersModule],
  controllers: [StatsController],
  providers: [StatsService],
})
export class StatsModule {}
