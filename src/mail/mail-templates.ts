import type { Mail } from './mail.types.js';

const minutes = (seconds: number) => Math.round(seconds / 60);

export const MailTemplates = {
  emailVerification: (to: string, code: string, ttlSeconds: number): Mail => ({
    to,
    subject: 'Your verification code',
    text: `Your email verification code is ${code}. It expires in ${minutes(ttlSeconds)} minutes.`,
  }),
  passwordReset: (to: string, code: string, ttlSeconds: number): Mail => ({
    to,
    subject: 'Your password reset code',
    text: `Your password reset code is ${code}. It expires in ${minutes(ttlSeconds)} minutes. If you did not ask for it, ignore this mail.`,
  }),
  passwordChanged: (to: string): Mail => ({
    to,
    subject: 'Your password was changed',
    text: 'The password of your account was just changed and your other sessions were signed out. If this was not you, reset your password at once.',
  }),
  accountLocked: (to: string, lockSeconds: number): Mail => ({
    to,
    subject: 'Your account was locked',
    text: `After repeated failed sign-ins your account is locked for ${minutes(lockSeconds)} minutes. You can reset your password to regain access now.`,
  }),
  invitation: (to: string, token: string, ttlSeconds: number, invitedBy: string): Mail => ({
    to,
    subject: 'You are invited',
    text: `${invitedBy} invited you to create your account. Your invitation token is ${token} ; send it with a password of your choice to POST /auth/accept-invitation. It expires in ${Math.round(ttlSeconds / 86_400)} days and works once.`,
  }),
  accountDeleted: (to: string): Mail => ({
    to,
    subject: 'Your account was deleted',
    text: 'Your account and everything held about it were deleted at your request. If this was not you, contact support at once.',
  }),
};
