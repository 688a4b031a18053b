import { parseArgs } from 'node:util';
import { ROLES, type Role } from './platform/access';
import { SYSTEM_SOURCE } from './platform/audit';
import { ConfigError, loadConfig } from './platform/config';
import { AppError, renderError } from './platform/errors';
import { createAccount } from './modules/accounts/accounts.service';
import { seedDemo } from './modules/demo/seed-demo';
import { openRuntime } from './runtime';
import { startServer } from './server';

const USAGE = `Usage: qiao <command> [options]

Commands:
  serve                 start the web server (migrates; loads demo data into an empty database unless QIAO_DEMO=0)
  migrate               apply database migrations and exit
  seed-demo             load the demo data set (idempotent) and exit
  create-user           create an account:
                          --username NAME --password PASS --role ROLE [--display-name NAME]
                          [--organisation CREDIT_CODE_OR_NAME] [--email E] [--phone P]
                        roles: ${ROLES.join(', ')}

Configuration comes from the environment (PORT, DATABASE_URL, QIAO_DATA_DIR, QIAO_SECRET, …); see README.md.`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help') {
    console.log(USAGE);
    return command ? 0 : 1;
  }
  const config = loadConfig();
  switch (command) {
    case 'serve':
      await startServer(config);
      return -1;
    case 'migrate': {
      const { database } = await openRuntime(config);
      await database.close();
      console.log('migrations applied');
      return 0;
    }
    case 'seed-demo': {
      const { ctx, database } = await openRuntime(config);
      const result = await seedDemo(ctx);
      await database.close();
      console.log(result.created ? `demo data loaded: ${result.organisations} organisations, ${result.accounts} accounts, ${result.positions} positions, ${result.seekers} seekers` : 'demo data already present');
      return 0;
    }
    case 'create-user': {
      const { values } = parseArgs({
        args: rest,
        options: {
          username: { type: 'string' },
          password: { type: 'string' },
          role: { type: 'string' },
          'display-name': { type: 'string' },
          organisation: { type: 'string' },
          email: { type: 'string' },
          phone: { type: 'string' },
        },
      });
      if (!values.username || !values.password || !values.role || !(ROLES as readonly string[]).includes(values.role)) {
        console.error(USAGE);
        return 2;
      }
      const { ctx, database } = await openRuntime(config);
      try {
        const account = await createAccount(
          ctx,
          {
            username: values.username,
            password: values.password,
            role: values.role as Role,
            displayName: values['display-name'] ?? values.username,
            organisation: values.organisation,
            email: values.email,
            phone: values.phone,
          },
          { ...SYSTEM_SOURCE, label: 'cli' },
        );
        console.log(`created ${account.role} account ${account.username} (${account.id})`);
        return 0;
      } finally {
        await database.close();
      }
    }
    default:
      console.error(`unknown command: ${command}\n\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    if (error instanceof ConfigError) console.error(error.message);
    else if (error instanceof AppError) console.error(JSON.stringify(renderError('en', error).error, null, 2));
    else console.error(error);
    process.exit(1);
  },
);
