import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module.js';
import { VerificationRequestRepository } from './verification-request.repository.js';
import { VerificationRequestsController } from './verification-requests.controller.js';
import { VerificationRequestsService } from './verification-requests.service.js';
import { VerificationModule } from './verification.module.js';

/** Seed 003's admin routes over the one-time codes (`/users/verification-requests`). */
@Module({
  imports: [VerificationModule, UsersModule],
  controllers: [VerificationRequestsController],
  providers: [VerificationRequestsService, VerificationRequestRepository],
})
export class VerificationRequestsModule {}
