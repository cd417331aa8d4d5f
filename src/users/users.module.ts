import { Module, forwardRef } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { SuperAdminBootstrap } from './super-admin.bootstrap.js';
import { UserRepository } from './user.repository.js';

@Module({
  imports: [forwardRef(() => AuthModule)],
  providers: [UserRepository, SuperAdminBootstrap],
  exports: [UserRepository],
})
export class UsersModule {}
