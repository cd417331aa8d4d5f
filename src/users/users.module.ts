import { Module } from '@nestjs/common';
import { CredentialsModule } from '../auth/credentials.module.js';
import { VerificationModule } from '../verification/verification.module.js';
import { MeController } from './me.controller.js';
import { SuperAdminBootstrap } from './super-admin.bootstrap.js';
import { UserRepository } from './user.repository.js';
import { UsersBatchService } from './users-batch.service.js';
import { UsersController } from './users.controller.js';
import { UsersService } from './users.service.js';

@Module({
  imports: [CredentialsModule, VerificationModule],
  controllers: [MeController, UsersController],
  providers: [UserRepository, UsersService, UsersBatchService, SuperAdminBootstrap],
  exports: [UserRepository, UsersService],
})
export class UsersModule {}
