import type { RouteLimits } from '../config/app-config.js';

export interface RouteRule {
  /** Names the bucket: every route a rule matches shares one counter per caller. */
  id: string;
  methods: readonly string[];
  /** Matched against the route's template (`/users/:id`), not the raw URL. */
  pattern: RegExp;
  limit: keyof RouteLimits;
}

/**
 * Seed 001's per-route limits, first match wins. PATCH counts as PUT. Adding a limited route is
 * one line here (and one variable in the config).
 */
export const ROUTE_RULES: readonly RouteRule[] = [
  { id: 'users-list', methods: ['GET'], pattern: /^\/users\/?$/, limit: 'usersList' },
  { id: 'users-create', methods: ['POST'], pattern: /^\/users\/?$/, limit: 'usersCreate' },
  { id: 'users-batch', methods: ['POST'], pattern: /^\/users\/batch\/?$/, limit: 'usersUpdate' },
  { id: 'users-avatar', methods: ['POST'], pattern: /^\/users\/[^/]+\/avatar\/?$/, limit: 'avatarUpload' },
  { id: 'users-update', methods: ['PUT', 'PATCH'], pattern: /^\/users\/.+/, limit: 'usersUpdate' },
  { id: 'users-delete', methods: ['DELETE'], pattern: /^\/users\/.+/, limit: 'usersDelete' },
];

export function routeRuleFor(method: string, routeTemplate: string | undefined): RouteRule | undefined {
  if (!routeTemplate) return undefined;
  return ROUTE_RULES.find((rule) => rule.methods.includes(method) && rule.pattern.test(routeTemplate));
}
