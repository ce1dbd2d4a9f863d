import {
  CamelCasePlugin,
  CompiledQuery,
  DatabaseConnection,
  Driver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  QueryResult,
} from 'kysely';
import { DataSource, EntityManager } from 'typeorm';
import type { DB } from './db-schema';

/**
 * Typed SQL: Kysely over TypeORM's own connections.
 *
 * TypeORM stays the owner of connections, transactions, entities and migrations; Kysely only
 * builds and types the statements. `sql(manager)` runs on exactly the connection `manager`
 * runs on, so a statement inside `dataSource.transaction(manager => ...)` is part of that
 * transaction. Row and column types come from `db-schema.ts`, generated from the migrated
 * schema (`npm run db:types`; a test fails when it is stale), and the CamelCasePlugin maps
 * snake_case columns to camelCase properties both ways, so no row is typed or mapped by hand.
 */
export type Sql = Kysely<DB>;

class ManagerConnection implements DatabaseConnection {
  constructor(private readonly manager: EntityManager) {}

  // Statements on a transaction's one connection run one after the other: pg only queues
  // concurrent queries on a client with a deprecation warning (an error from pg 9 on), and
  // readers started together with Promise.all would otherwise overlap there.
  private inTransaction: Promise<unknown> = Promise.resolve();

  executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    if (!this.manager.queryRunner) return this.run<R>(compiled);
    const next = this.inTransaction.then(() => this.run<R>(compiled));
    this.inTransaction = next.catch(() => undefined);
    return next;
  }

  private async run<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    // The manager's own query runner inside a transaction; otherwise a pooled one, as
    // manager.query would take.
    const runner = this.manager.queryRunner ?? this.manager.connection.createQueryRunner();
    try {
      // raw SQL: this is where the built statements run
      const result = await runner.query(compiled.sql, [...compiled.parameters], true);
      return {
        rows: (result.records ?? []) as R[],
        numAffectedRows: result.affected == null ? undefined : BigInt(result.affected),
      };
    } finally {
      if (!this.manager.queryRunner) await runner.release();
    }
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('Streaming is not supported through TypeORM connections');
  }
}

class ManagerDriver implements Driver {
  private readonly connection: ManagerConnection;
  constructor(manager: EntityManager) {
    this.connection = new ManagerConnection(manager);
  }
  async init(): Promise<void> {}
  async acquireConnection(): Promise<DatabaseConnection> {
    return this.connection;
  }
  async beginTransaction(): Promise<void> {
    throw new Error(
      'Open transactions with dataSource.transaction(manager => ...) and pass its manager to sql()',
    );
  }
  async commitTransaction(): Promise<void> {}
  async rollbackTransaction(): Promise<void> {}
  async releaseConnection(): Promise<void> {}
  async destroy(): Promise<void> {}
}

const instances = new WeakMap<EntityManager, Sql>();
const camelCase = new CamelCasePlugin();

/** The typed query builder on the connection (and transaction) of `on`. */
export function sql(on: EntityManager | DataSource): Sql {
  const manager = on instanceof DataSource ? on.manager : on;
  let instance = instances.get(manager);
  if (!instance) {
    instance = new Kysely<DB>({
      dialect: {
        createAdapter: () => new PostgresAdapter(),
        createDriver: () => new ManagerDriver(manager),
        createIntrospector: (db) => new PostgresIntrospector(db),
        createQueryCompiler: () => new PostgresQueryCompiler(),
      },
      plugins: [camelCase],
    });
    instances.set(manager, instance);
  }
  return instance;
}

export type { DB } from './db-schema';
