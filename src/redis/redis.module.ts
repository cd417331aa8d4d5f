import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { closeRedisClient, createRedisClient } from './redis-client.js';
import { REDIS_CLIENT, type RedisClient } from './redis.types.js';

/** The one Redis connection of the process (when REDIS_URL is set), closed on shutdown. */
@Global()
@Module({
  providers: [
    {
      provide: REDIS_CLIENT,
      inject: [APP_CONFIG],
      useFactory: async ({ rateLimit }: AppConfig): Promise<RedisClient> =>
        rateLimit.redisUrl ? createRedisClient(rateLimit.redisUrl) : null,
    },
  ],
  exports: [REDIS_CLIENT],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS_CLIENT) private readonly client: RedisClient) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.client) await closeRedisClient(this.client);
  }
}
