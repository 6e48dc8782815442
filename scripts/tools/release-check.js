// Release check (`npm run release:check`, after `npm run build`): a clean tree, the CHANGELOG entry, the tarball's files and exports, the sizes, the integrity file and a smoke test of the tarball.
//
// Each check prints one line, "ok" or what is wrong and what to do; the run
// exits 1 if any failed. Not part of `npm test`, which runs on trees with
// changes in them; test/docs/release-check.test.js tests the checks one by
// one. The smoke test installs the tarball in a scratch project under the
// system's temporary folder from npm's cache (--prefer-offline), so it needs
// the project to have been installed once on this machine.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sri } from '../build/integrity.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Every file an `exports` value points at, under any condition. */
export const exportTargets = (value) =>
  value === null ? [] : typeof value === 'string' ? [value] : Object.values(value).flatMap(exportTargets);

/** The file Node loads for an export (conditions node, import, default), or null for types only. */
export const nodeTarget = (value) => {
  if (typeof value === 'string') return value;
  if (value === null || typeof value !== 'object') return null;
  for (const condition of ['node', 'import', 'default']) {
    if (condition in value) {
      const target = nodeTarget(value[condition]);
      if (target) return target;
    }
  }
  return null;
};

/** The CDN files are scripts for pages, not modules for Node. */
export const isPageScript = (key) => /^\.\/cdn\/.*\.js$/.test(key);

/** Problems with `git status --porcelain`'s output: anything there is uncommitted or untracked. */
export const checkCleanTree = (porcelain) => {
  const lines = porcelain.split('\n').filter(Boolean);
  if (lines.length === 0) return [];
  const shown = lines.slice(0, 3).map((l) => l.trim()).join(', ');
  return [`the git tree is not clean (${lines.length} path${lines.length > 1 ? 's' : ''}: ${shown}${lines.length > 3 ? ', …' : ''}): commit or remove them`];
};

/** Problems with CHANGELOG.md for a version: it needs a `## [version]` heading. */
export const checkChangelog = (changelog, version) => {
  const escaped = version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^## \\[?v?${escaped}\\]?(\\s|$)`, 'm').test(changelog)
    ? []
    : [`CHANGELOG.md has no entry for ${version}: add a "## [${version}] - YYYY-MM-DD" section`];
};

/** Images the README shows from the package itself: relative paths, and jsDelivr URLs of this package. */
export const readmeImages = (readme, name) => {
  const out = [];
  for (const m of readme.matchAll(/!\[[^\]]*\]\(\s*([^)\s]+)/g)) {
    const target = m[1];
    const cdn = target.match(/^https:\/\/cdn\.jsdelivr\.net\/npm\/([^@/]+)@[^/]+\/(.+)$/);
    if (cdn && cdn[1] === name) out.push(cdn[2]);
    else if (!/^[a-z][a-z\d+.-]*:/i.test(target) && !target.startsWith('#')) out.push(target.replace(/^\.\//, '').split('#')[0]);
  }
  return out;
};

/**
 * Problems with the tarball's file list (`npm pack --dry-run --json`'s
 * `files[].path`) for a package.json and README: every export and bin target,
 * the documents and the README's images are in it; no sources are.
 */
export const checkTarball = (paths, pkg, readme) => {
  const files = new Set(paths);
  const problems = [];
  const need = (path, why) => {
    const clean = path.replace(/^\.\//, '');
    if (!files.has(clean)) problems.push(`the tarball lacks ${clean} (${why}): check package.json "files" and run npm run build`);
  };
  for (const [key, value] of Object.entries(pkg.exports ?? {})) for (const target of exportTargets(value)) need(target, `exports "${key}"`);
  const bins = typeof pkg.bin === 'string' ? { [pkg.name]: pkg.bin } : (pkg.bin ?? {});
  for (const [name, target] of Object.entries(bins)) need(target, `bin "${name}"`);
  for (const doc of ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE']) need(doc, 'every release ships it');
  for (const image of readmeImages(readme, pkg.name)) need(image, 'an image the README shows');
  const stray = paths.filter((p) => /^(src|test|stories|scripts|node_modules|\.storybook|storybook-static|_site)\//.test(p));
  if (stray.length) problems.push(`the tarball holds files users do not need (${stray.slice(0, 3).join(', ')}${stray.length > 3 ? ', …' : ''}): narrow package.json "files"`);
  return problems;
};

/** Problems with dist/cdn/integrity.json against the files: file name → bytes. */
export const checkIntegrity = (integrity, files) => {
  const problems = [];
  for (const [file, bytes] of Object.entries(files)) {
    if (!(file in integrity)) problems.push(`dist/cdn/integrity.json has no entry for ${file}: run npm run build`);
    else if (integrity[file] !== sri(bytes)) problems.push(`dist/cdn/integrity.json's value for ${file} is not the file's hash: run npm run build`);
  }
  for (const file of Object.keys(integrity)) if (!(file in files)) problems.push(`dist/cdn/integrity.json lists ${file}, which dist/cdn/ does not hold: run npm run build`);
  return problems;
};

// ---------------------------------------------------------------------------

const run = (cmd, args, options = {}) => spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
const lastLine = (text) => text.trim().split('\n').filter(Boolean).pop() ?? '';

const checks = {
  'clean tree': () => {
    const git = run('git', ['status', '--porcelain']);
    if (git.status !== 0) return [`git status failed: ${lastLine(git.stderr)}`];
    return checkCleanTree(git.stdout);
  },
  changelog: (pkg) => checkChangelog(readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8'), pkg.version),
  tarball: (pkg) => {
    const pack = run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts']);
    if (pack.status !== 0) return [`npm pack --dry-run failed: ${lastLine(pack.stderr)}`];
    const [packed] = JSON.parse(pack.stdout);
    return checkTarball(packed.files.map((f) => f.path), pkg, readFileSync(join(ROOT, 'README.md'), 'utf8'));
  },
  sizes: () => {
    const size = run('npm', ['run', '--silent', 'size']);
    if (size.status === 0) return [];
    const over = `${size.stdout}\n${size.stderr}`.split('\n').find((l) => /exceed|limit/i.test(l));
    return [`npm run size failed${over ? `: ${over.trim()}` : ''}: run it to see every figure (.size-limit.json holds the budgets)`];
  },
  integrity: () => {
    const dir = join(ROOT, 'dist/cdn');
    if (!existsSync(join(dir, 'integrity.json'))) return ['dist/cdn/integrity.json is missing: run npm run build'];
    const integrity = JSON.parse(readFileSync(join(dir, 'integrity.json'), 'utf8'));
    const files = Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.js')).map((f) => [f, readFileSync(join(dir, f))]));
    return checkIntegrity(integrity, files);
  },
  'smoke test': (pkg) => {
    const work = mkdtempSync(join(tmpdir(), 'ms-release-check-'));
    try {
      const pack = run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work]);
      if (pack.status !== 0) return [`npm pack failed: ${lastLine(pack.stderr)}`];
      const [packed] = JSON.parse(pack.stdout);
      const app = join(work, 'app');
      mkdirSync(app);
      writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'release-check-app', private: true, type: 'module' }));
      // React beside it, as a React app has it: ./react needs its optional peer.
      const install = run(
        'npm',
        ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', join(work, packed.filename), 'react@^19', 'react-dom@^19'],
        { cwd: app },
      );
      if (install.status !== 0) return [`npm install of the tarball in a scratch project failed: ${lastLine(install.stderr)}`];
      const problems = [];
      const keys = Object.keys(pkg.exports ?? {});
      const modules = keys.filter((k) => nodeTarget(pkg.exports[k]) && !isPageScript(k));
      for (const key of keys.filter(isPageScript)) {
        if (!existsSync(join(app, 'node_modules', pkg.name, nodeTarget(pkg.exports[key])))) problems.push(`the installed package lacks ${key}`);
      }
      const script = `
        const failed = [];
        for (const key of ${JSON.stringify(modules)}) {
          const spec = ${JSON.stringify(pkg.name)} + key.slice(1);
          try {
            if (key.endsWith('.json')) await import(spec, { with: { type: 'json' } });
            else await import(spec);
          } catch (error) {
            failed.push(key + ': ' + String(error?.message ?? error).split('\\n')[0]);
          }
        }
        console.log(JSON.stringify(failed));
      `;
      writeFileSync(join(app, 'import-every-export.mjs'), script);
      const imported = run(process.execPath, ['import-every-export.mjs'], { cwd: app });
      if (imported.status !== 0) problems.push(`importing the exports in Node crashed: ${lastLine(imported.stderr)}`);
      else for (const failure of JSON.parse(lastLine(imported.stdout))) problems.push(`import of the export ${failure}`);
      const bins = typeof pkg.bin === 'string' ? { [pkg.name]: pkg.bin } : (pkg.bin ?? {});
      for (const name of Object.keys(bins)) {
        const help = run(join(app, 'node_modules/.bin', name), ['--help'], { cwd: app });
        if (help.status !== 0 || !help.stdout.trim()) problems.push(`${name} --help failed in the scratch project (exit code ${help.status}): ${lastLine(help.stderr) || 'no output'}`);
      }
      return problems;
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  },
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  let failed = 0;
  for (const [name, check] of Object.entries(checks)) {
    let problems;
    try {
      problems = check(pkg);
    } catch (error) {
      problems = [`could not be run: ${error.message.split('\n')[0]}`];
    }
    if (problems.length === 0) console.log(`release:check: ok ${name}`);
    for (const problem of problems) console.error(`release:check: ${name}: ${problem}`);
    failed += problems.length;
  }
  if (failed) {
    console.error(`release:check: ${failed} problem${failed > 1 ? 's' : ''}: ${pkg.name}@${pkg.version} is not ready for release`);
    process.exit(1);
  }
  console.log(`release:check: ${pkg.name}@${pkg.version} is ready for release`);
}
