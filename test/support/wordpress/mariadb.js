// A throw-away MariaDB server for WordPress: a fresh data directory made by
// mariadb-install-db in the suite's scratch folder, listening on a unix
// socket (for our own set-up) and on 127.0.0.1 at a free port (for PHP).
import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { mariadbClientPath, mariadbdPath, mariadbInstallDbPath } from '../../../scripts/test-env/wordpress-tools.js';
import { freePort, startProcess, waitUntilAnswers } from './processes.js';

const run = promisify(execFile);

export const DATABASE = { name: 'wp', user: 'wp', password: 'wp' };

/** Starts MariaDB under `dir` with WordPress's database and user; resolves to `{ port, stop }`. */
export async function startMariaDB(dir) {
  const datadir = join(dir, 'data');
  const socket = join(dir, 'mariadb.sock');
  const logFile = join(dir, 'mariadb.log');
  mkdirSync(datadir, { recursive: true });
  const user = userInfo().username;
  try {
    await run(mariadbInstallDbPath(), [
      '--no-defaults',
      `--datadir=${datadir}`,
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
      `--user=${user}`,
    ]);
  } catch (error) {
    throw new Error(`mariadb-install-db failed in ${datadir}:\n${error.stdout}${error.stderr}`, { cause: error });
  }

  const port = await freePort();
  const server = await startProcess(
    'mariadbd',
    mariadbdPath(),
    [
      '--no-defaults',
      `--datadir=${datadir}`,
      `--socket=${socket}`,
      `--port=${port}`,
      '--bind-address=127.0.0.1',
      `--user=${user}`,
      '--skip-log-bin',
      '--innodb-buffer-pool-size=32M',
      `--pid-file=${join(dir, 'mariadb.pid')}`,
    ],
    { logFile },
  );
  const sql = (statements) =>
    run(mariadbClientPath(), ['--no-defaults', '-uroot', `--socket=${socket}`, '-e', statements]);
  try {
    await waitUntilAnswers(server, () => sql('SELECT 1').then(() => true), { what: 'accept connections on its socket' });
    const { name, user: dbUser, password } = DATABASE;
    await sql(
      `CREATE DATABASE ${name}; CREATE USER '${dbUser}'@'127.0.0.1' IDENTIFIED BY '${password}'; GRANT ALL ON ${name}.* TO '${dbUser}'@'127.0.0.1';`,
    );
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { port, pid: server.pid, stop: () => server.stop() };
}
