export const InvitationsMessages = {
  accepted: 'Invitation accepted, you can now sign in',
  revoked: 'Invitation revoked',
  invalid: 'Invalid, expired or already used invitation',
  notFound: 'Invitation not found',
  alreadyAccepted: 'Invitation already accepted',
} as const;
