import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { MailDispatcher } from './mail-dispatcher.js';
import { MailOutboxRepository } from './mail-outbox.repository.js';
import { MailService } from './mail.service.js';
import { MAIL_TRANSPORT, type MailTransport } from './mail.types.js';
import { LogMailTransport } from './transports/log-mail.transport.js';
import { SmtpMailTransport } from './transports/smtp-mail.transport.js';

@Global()
@Module({
  providers: [
    {
      provide: MAIL_TRANSPORT,
      inject: [APP_CONFIG],
      useFactory: ({ mail }: AppConfig): MailTransport =>
        mail.transport === 'smtp' && mail.smtpUrl ? new SmtpMailTransport(mail.smtpUrl, mail.from) : new LogMailTransport(),
    },
    MailOutboxRepository,
    MailDispatcher,
    MailService,
  ],
  exports: [MailService, MailDispatcher],
})
export class MailModule {}
