import 'reflect-metadata';
import cluster from 'node:cluster';
import { AppConfig, ConfigValidationError, StartupRefusedError, loadConfig } from '@gilde/kernel';
import { createApiApp } from './bootstrap/create-api-app';
import { runProcesses } from './bootstrap/api-processes';

function configOrExit(): AppConfig {
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigValidationError) {
      console.error(err.message);
      process.exit(78);
    }
    throw err;
  }
}

/** One API process: the app on PORT (shared with its siblings under node:cluster). */
async function serve(config: AppConfig): Promise<void> {
  const app = await createApiApp();
  process.on('unhandledRejection', (reason) => console.error('Unhandled rejection', reason));
  try {
    await app.listen({ port: config.port, host: '0.0.0.0' });
  } catch (err) {
    if (err instanceof StartupRefusedError) {
      console.error(err.message);
      process.exit(78);
    }
    throw err;
  }
  if (cluster.isWorker) {
    process.send?.({ listening: true });
  } else {
    console.log(
      `Gilde API listening on ${config.publicUrl} (docs at ${config.publicUrl}/api/docs)`,
    );
  }
}

async function main(): Promise<void> {
  const config = configOrExit();
  if (cluster.isPrimary && config.apiProcesses > 1) {
    runProcesses(config);
  } else {
    await serve(config);
  }
}

void main();
