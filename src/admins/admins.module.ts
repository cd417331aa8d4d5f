import { Module } from '@nestjs/common';
import { CredentialsModule } from '../auth/credentials.module.js';
import { UsersModule } from '../users/users.module.js';
import { AdminsController } from './admins.controller.js';
import { AdminsService } from './admins.service.js';

@Module({
  imports: [CredentialsModule, UsersModule],
  controllers: [AdminsController],
  providers: [AdminsService],
})
export class AdminsModule {}
