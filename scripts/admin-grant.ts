/**
 * Makes an existing account a platform admin. The grant is recorded on the account with who ran
 * it and when; the address must also be in PLATFORM_ADMIN_EMAILS for the grant to take effect.
 *   npm run admin:grant -- <email> [--by=<operator name>]
 */
import 'reflect-metadata';
import { userInfo } from 'node:os';
import { DataSource } from 'typeorm';
import { PlatformAdminGrantError, grantPlatformAdmin } from '@gilde/identity';
import { buildDataSourceOptions, loadConfig } from '@gilde/kernel';

async function main(args: string[]): Promise<number> {
  const by = args.find((a) => a.startsWith('--by='))?.slice('--by='.length);
  const rest = args.filter((a) => !a.startsWith('--by='));
  if (rest.length !== 1 || rest[0].startsWith('-') || !rest[0].includes('@')) {
    console.error('Usage: npm run admin:grant -- <email> [--by=<operator name>]');
    return 2;
  }
  const config = loadConfig();
  const dataSource = new DataSource(
    buildDataSourceOptions(config, { applicationName: 'gilde-admin-grant', poolMax: 1 }),
  );
  await dataSource.initialize();
  try {
    const grant = await grantPlatformAdmin(dataSource, rest[0], by ?? operatorName());
    console.log(
      grant.created
        ? `Granted platform admin to ${grant.email} (by ${grant.grantedBy}).`
        : `${grant.email} already holds the platform admin grant (since ` +
            `${grant.grantedAt.toISOString()}, by ${grant.grantedBy}).`,
    );
    if (!config.auth.platformAdminEmails.includes(grant.email)) {
      console.warn(
        `Note: ${grant.email} is not in PLATFORM_ADMIN_EMAILS; the grant takes effect once it is.`,
      );
    }
    return 0;
  } catch (err) {
    if (err instanceof PlatformAdminGrantError) {
      console.error(err.message);
      return 1;
    }
    throw err;
  } finally {
    await dataSource.destroy();
  }
}

function operatorName(): string {
  try {
    return userInfo().username;
  } catch {
    return 'operator';
  }
}

main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((err: unknown) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : err);
    process.exit(1);
  });
