import { Module } from '@nestjs/common';
import { CredentialsModule } from '../auth/credentials.module.js';
import { AvatarsModule } from '../avatars/avatars.module.js';
import { InvitationsModule } from '../invitations/invitations.module.js';
import { UsersModule } from '../users/users.module.js';
import { VerificationModule } from '../verification/verification.module.js';
import { AccountDataService } from './account-data.service.js';
import { MyDataController } from './my-data.controller.js';
import { UsersExportController } from './users-export.controller.js';
import { UsersExportService } from './users-export.service.js';

/** Data rights (issue 4, point 11): a user's copy and erasure of their data; the admin's bulk export. */
@Module({
  imports: [CredentialsModule, UsersModule, AvatarsModule, InvitationsModule, VerificationModule],
  controllers: [MyDataController, UsersExportController],
  providers: [AccountDataService, UsersExportService],
})
export class DataRightsModule {}
