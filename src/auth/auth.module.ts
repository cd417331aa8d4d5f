import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { UsersModule } from '../users/users.module.js';
import { VerificationModule } from '../verification/verification.module.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { CredentialsModule } from './credentials.module.js';
import { JwtStrategy } from './jwt.strategy.js';
import { SessionAuthenticator } from './session-authenticator.js';
import { TokenService } from './token.service.js';

@Module({
  imports: [PassportModule, JwtModule.register({}), CredentialsModule, UsersModule, VerificationModule],
  controllers: [AuthController],
  providers: [AuthService, TokenService, SessionAuthenticator, JwtStrategy],
  exports: [CredentialsModule, TokenService],
})
export class AuthModule {}
