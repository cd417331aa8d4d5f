/** The answers of the /auth routes, word for word. */
export const AuthMessages = {
  signedUp: 'User created, check your email for verification code',
  emailVerified: 'Email verified successfully',
  verificationSent: 'If the email is registered and not yet verified, a new verification code has been sent',
  signedIn: 'Signed in successfully',
  loggedOut: 'Logged out successfully',
  loggedOutAll: 'Logged out from all sessions',
  resetRequested: 'If the email is registered, a password reset code has been sent',
  passwordReset: 'Password reset successfully',
  invalidCredentials: 'Invalid credentials',
  invalidRefreshToken: 'Invalid or expired refresh token',
} as const;
