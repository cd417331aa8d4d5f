import type { FastifyRequest } from 'fastify';

/** `https://api.example.com`: the base of absolute URLs the service hands out (avatars). */
export const originOf = (request: FastifyRequest) => `${request.protocol}://${request.host}`;
