// The services the WordPress suite starts (mariadbd, php -S) as child
// processes: each in its own process group (PHP's built-in server forks
// workers), its output in a log file in the suite's scratch folder, stopped by
// its process id when the suite is done, when it fails, and on Ctrl-C.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** @type {Set<{ name: string, pid: number }>} the services still running */
const running = new Set();
/** @type {Set<() => void>} synchronous clean-ups (scratch folders) to run on Ctrl-C */
const onSignal = new Set();
export function cleanupOnSignal(cleanup) {
  onSignal.add(cleanup);
  return () => onSignal.delete(cleanup);
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

// The last resort: whatever is still running when this process ends is
// killed with it. 'exit' handlers must be synchronous, hence SIGKILL.
process.on('exit', () => {
  for (const service of running) killGroup(service.pid, 'SIGKILL');
});
// Ctrl-C (and a test runner's SIGTERM) would end this process without running
// the suite's `finally` blocks: stop the services, then end as the signal would.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    for (const service of running) killGroup(service.pid, 'SIGKILL');
    running.clear();
    onSignal.forEach((cleanup) => cleanup());
    process.kill(process.pid, signal);
  });
}

/** The last lines of a log file, for error messages. */
export function logTail(logFile, lines = 25) {
  if (!existsSync(logFile)) return `(no log at ${logFile})`;
  const text = readFileSync(logFile, 'utf8').trimEnd();
  return text ? text.split('\n').slice(-lines).join('\n') : '(the log is empty)';
}

/**
 * Starts `command` in its own process group with stdout and stderr in
 * `logFile`. Resolves once it is spawned; `exited` settles when it ends.
 */
export async function startProcess(name, command, args, { logFile, cwd, env }) {
  const out = openSync(logFile, 'a');
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, detached: true, stdio: ['ignore', out, out] });
  closeSync(out);
  await new Promise((resolve, reject) => {
    child.once('spawn', resolve);
    child.once('error', (error) => reject(new Error(`${name}: could not start ${command}: ${error.message}`)));
  });
  const service = { name, pid: child.pid };
  running.add(service);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  exited.then(() => running.delete(service));
  let stopped = false;

  return {
    name,
    pid: child.pid,
    logFile,
    exited,
    /** True while the process runs. */
    isRunning: () => running.has(service),
    /** Stops the whole process group: SIGTERM, then SIGKILL if it lingers. */
    async stop(graceMs = 5000) {
      if (stopped) return exited;
      stopped = true;
      killGroup(child.pid, 'SIGTERM');
      const timer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), graceMs);
      const result = await exited;
      clearTimeout(timer);
      // Workers forked by the group leader may outlive it for a moment.
      killGroup(child.pid, 'SIGKILL');
      return result;
    },
  };
}

/**
 * Polls `answers()` until it resolves truthy. Fails with the service's log
 * tail when it does not within `timeoutMs`, or when the service exits first.
 */
export async function waitUntilAnswers(service, answers, { timeoutMs = 20_000, what = 'answer' } = {}) {
  const started = Date.now();
  for (;;) {
    if (!service.isRunning()) {
      const { code, signal } = await service.exited;
      throw new Error(
        `${service.name} exited (code ${code}, signal ${signal}) before it would ${what}. Last lines of ${service.logFile}:\n${logTail(service.logFile)}`,
      );
    }
    if (await answers().catch(() => false)) return Date.now() - started;
    if (Date.now() - started > timeoutMs) {
      throw new Error(
        `${service.name} (pid ${service.pid}) did not ${what} within ${timeoutMs} ms. Last lines of ${service.logFile}:\n${logTail(service.logFile)}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
