import { Module } from '@nestjs/common';
import { OneTimeCodeRepository } from './one-time-code.repository.js';
import { OneTimeCodesService } from './one-time-codes.service.js';

@Module({
  providers: [OneTimeCodeRepository, OneTimeCodesService],
  exports: [OneTimeCodesService, OneTimeCodeRepository],
})
export class VerificationModule {}
