import { buildApp } from './app';
import { seedDemo } from './modules/demo/seed-demo';
import type { Config } from './platform/config';
import { openRuntime } from './runtime';

/** Starts Qiao: migrate, load demo data into an empty database, listen, and shut down gracefully. */
export async function startServer(config: Config): Promise<void> {
  const { ctx, database } = await openRuntime(config);
  const app = await buildApp({ ctx, database });
  if (config.isSecretGenerated) {
    app.log.warn(`QIAO_SECRET is not set: using a generated development secret kept in ${config.dataDir}/secret.key`);
  }
  if (config.loadDemoData) {
    const result = await seedDemo(ctx);
    if (result.created) app.log.info(`demo data loaded: ${result.organisations} organisations, ${result.accounts} accounts, ${result.positions} positions, ${result.seekers} seekers`);
  }
  let isClosing = false;
  const shutdown = async (signal: string) => {
    if (isClosing) return;
    isClosing = true;
    app.log.info(`${signal} received: finishing requests in flight and shutting down`);
    const force = setTimeout(() => process.exit(1), 15000);
    force.unref();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
  await app.listen({ port: config.port, host: config.host });
}
