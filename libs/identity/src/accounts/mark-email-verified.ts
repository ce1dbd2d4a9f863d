/** Anything that runs SQL: a DataSource, an EntityManager or a pg Pool. */
interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/**
 * Marks an account's address verified without the mail loop. Only operators' tools call this
 * (the demo seed, whose addresses are fictional, and the test support); there is no route to it.
 */
export async function markEmailVerified(db: Queryable, userId: string): Promise<void> {
  // raw SQL: also runs on a plain pg Pool (the test harness), which sql() does not wrap
  await db.query(
    `UPDATE users SET email_verified_at = coalesce(email_verified_at, now()) WHERE id = $1`,
    [userId],
  );
}
