import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'auth:public';
export const OPTIONAL_AUTH = 'auth:optional';

/** The route needs no access token; a junk `Authorization` header is ignored. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Public, but a valid access token, when present, identifies the caller. */
export const OptionalAuth = () => SetMetadata(OPTIONAL_AUTH, true);
