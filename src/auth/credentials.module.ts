import { Module } from '@nestjs/common';
import { PasswordHasher } from './passwords/password-hasher.js';
import { SessionRepository } from './session.repository.js';

/** Password hashing and the sessions table: needed by auth and by user management alike. */
@Module({
  providers: [PasswordHasher, SessionRepository],
  exports: [PasswordHasher, SessionRepository],
})
export class CredentialsModule {}
