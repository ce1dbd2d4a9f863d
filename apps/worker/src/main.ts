import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { ConfigValidationError, StartupRefusedError, loadConfig } from '@gilde/kernel';
import { WorkerModule } from './worker.module';

/** The worker: BullMQ processors and the outbox relay, no HTTP API. */
async function main(): Promise<void> {
  try {
    loadConfig();
  } catch (err) {
    if (err instanceof ConfigValidationError) {
      console.error(err.message);
      process.exit(78);
    }
    throw err;
  }
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  process.on('unhandledRejection', (reason) => console.error('Unhandled rejection', reason));
  try {
    await app.init();
  } catch (err) {
    if (err instanceof StartupRefusedError) {
      console.error(err.message);
      process.exit(78);
    }
    throw err;
  }
  console.log('Gilde worker running');
}

void main();
