import 'reflect-metadata';
import { AppConfig, ConfigValidationError, StartupRefusedError, loadConfig } from '@gilde/kernel';
import { createApiApp } from './bootstrap/create-api-app';

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigValidationError) {
      console.error(err.message);
      process.exit(78);
    }
    throw err;
  }
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
  console.log(`Gilde API listening on ${config.publicUrl} (docs at ${config.publicUrl}/api/docs)`);
}

void main();
