import { MailDispatcher } from '../../src/mail/mail-dispatcher.js';
import { http, loggedApp, signUpBody } from './logged-app.js';

describe('logs in production (a file of its own: one logger per process)', () => {
  it('hides the text of log-transport mail lines', async () => {
    const t = await loggedApp({ NODE_ENV: 'production', BCRYPT_COST: '10' });
    try {
      const email = `log-reader-prod-${Date.now()}@example.com`;
      await http(t).post('/auth/signup').send(signUpBody(email)).expect(200);
      await t.app.get(MailDispatcher).flush();
      const mail = t.lines.find((line) => line.msg === 'mail' && line.mail?.to === email);
      expect(mail?.mail).toMatchObject({ to: email, text: '[Redacted]' });
    } finally {
      await t.close();
    }
  });
});
