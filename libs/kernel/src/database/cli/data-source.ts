import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../../config/app-config';
import { buildDataSourceOptions } from '../data-source-options';

/**
 * The data source the TypeORM CLI uses (migration:generate, migration:show).
 * Entities are found by file name so the kernel does not import feature libraries.
 */
export default new DataSource({
  ...buildDataSourceOptions(loadConfig(), { applicationName: 'gilde-cli', poolMax: 2 }),
  entities: [`${__dirname}/../../../../*/src/**/*.entity.{ts,js}`],
});
