import { Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { DATABASE, DATABASE_CLIENT, type DatabaseClient } from './database.types.js';
import { createPgliteClient } from './pglite-client.js';
import { createPostgresClient } from './postgres-client.js';
import { TransactionHost } from './transaction-host.js';

@Global()
@Module({
  providers: [
    {
      provide: DATABASE_CLIENT,
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig): Promise<DatabaseClient> => {
        const { url } = config.database;
        const client = url
          ? createPostgresClient({ ...config.database, url })
          : createPgliteClient(config.database.pgliteDir);
        await client.migrate();
        return client;
      },
    },
    { provide: DATABASE, inject: [DATABASE_CLIENT], useFactory: (client: DatabaseClient) => client.db },
    TransactionHost,
  ],
  exports: [DATABASE, DATABASE_CLIENT, TransactionHost],
})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(DATABASE_CLIENT) private readonly client: DatabaseClient) {}

  async onApplicationShutdown(): Promise<void> {
    await this.client.close();
    new Logger('Database').log(`${this.client.driver === 'postgres' ? 'Connection pool' : 'PGlite'} closed`);
  }
}
