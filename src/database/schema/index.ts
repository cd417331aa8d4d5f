export * from './users.table.js';
export * from './sessions.table.js';
export * from './one-time-codes.table.js';
export * from './mail-outbox.table.js';
export * from './activity-log.table.js';
export * from './avatars.table.js';
export * from './invitations.table.js';
