import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module.js';
import { LockoutController } from './lockout.controller.js';
import { LockoutService } from './lockout.service.js';

@Module({
  imports: [UsersModule],
  controllers: [LockoutController],
  providers: [LockoutService],
})
export class LockoutModule {}
