/** The answers of the /users routes, word for word as seed 000 writes them. */
export const UsersMessages = {
  deactivated: 'User deactivated successfully',
  activated: 'User activated successfully',
  deleted: 'User deleted successfully',
  cannotActOnAdmin: 'Admins cannot modify, deactivate or delete admins or super admins',
  onlySuperAdminGrants: 'Only a super admin can grant or remove the admin and super_admin roles',
} as const;
