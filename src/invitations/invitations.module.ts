import { Module } from '@nestjs/common';
import { CredentialsModule } from '../auth/credentials.module.js';
import { UsersModule } from '../users/users.module.js';
import { AcceptInvitationController } from './accept-invitation.controller.js';
import { InvitationRepository } from './invitation.repository.js';
import { InvitationsController } from './invitations.controller.js';
import { InvitationsService } from './invitations.service.js';

@Module({
  imports: [CredentialsModule, UsersModule],
  controllers: [InvitationsController, AcceptInvitationController],
  providers: [InvitationRepository, InvitationsService],
  exports: [InvitationRepository],
})
export class InvitationsModule {}
