import { Logger } from '@nestjs/common';
import type { Mail, MailTransport } from '../mail.types.js';

/** For localhost: each mail becomes one structured log line, so a developer can read the code. */
export class LogMailTransport implements MailTransport {
  private readonly logger = new Logger('Mail');

  async deliver(mail: Mail): Promise<void> {
    this.logger.log({ msg: 'mail', mail: { to: mail.to, subject: mail.subject, text: mail.text } });
  }
}
