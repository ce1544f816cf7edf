/*
 * `npm run keys:rotate`: re-wraps every sealed-bid data key under SEALING_MASTER_KEY, reading
 * those wrapped under SEALING_MASTER_KEY_PREVIOUS. Prints one JSON line.
 */
import { rotateMasterKey } from '@scenematch/server-applications';
import { loadConfig } from '@scenematch/server-config';
import { DataSource } from 'typeorm';

async function main(): Promise<void> {
  const config = loadConfig();
  const dataSource = new DataSource({
    type: 'postgres',
    url: config.DATABASE_URL,
  });
  await dataSource.initialize();
  try {
    const result = await rotateMasterKey(dataSource, config);
    console.log(JSON.stringify({ ok: true, ...result }));
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(JSON.stringify({ ok: false, error: (error as Error).message }));
  process.exit(1);
});
