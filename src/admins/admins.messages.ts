/** The answers of /users/admins, word for word as seed 000 writes them. */
export const AdminsMessages = {
  created: 'Admin created successfully',
  deleted: 'Admin deleted successfully',
  blocked: 'Admin blocked successfully',
  unblocked: 'Admin unblocked successfully',
  notAnAdmin: 'User is not an admin',
  cannotDeleteSuperAdmin: 'Cannot delete super admin',
  cannotBlockSuperAdmin: 'Cannot block super admin',
  rolesMustBePrivileged: 'roles of an admin must include admin or super_admin',
} as const;
