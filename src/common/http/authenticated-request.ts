import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../auth/actor.js';

export interface AuthenticatedRequest extends FastifyRequest {
  user?: Actor;
}
