export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** Delivers one mail or throws; the dispatcher retries later. */
export interface MailTransport {
  deliver(mail: Mail): Promise<void>;
  close?(): Promise<void>;
}

export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');
