import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { UsersModule } from '../users/users.module.js';
import { VerificationModule } from '../verification/verification.module.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { JwtStrategy } from './jwt.strategy.js';
import { PasswordHasher } from './passwords/password-hasher.js';
import { SessionAuthenticator } from './session-authenticator.js';
import { SessionRepository } from './session.repository.js';
import { TokenService } from './token.service.js';

@Module({
  imports: [PassportModule, JwtModule.register({}), UsersModule, VerificationModule],
  controllers: [AuthController],
  providers: [AuthService, TokenService, PasswordHasher, SessionRepository, SessionAuthenticator, JwtStrategy],
  exports: [PasswordHasher, SessionRepository, TokenService],
})
export class AuthModule {}
