// Debian's WordPress, installed without prompts in a scratch folder and served
// by PHP's built-in server on 127.0.0.1. The tree is Debian's, hard-linked
// (cp -al) so that setting up takes no time; the only file that differs,
// wp-config.php, is unlinked before it is written, so Debian's stays as it is.
// Everything WordPress writes goes to a scratch WP_CONTENT_DIR.
import { execFile } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { phpPath, wordpressRoot } from '../../../scripts/test-env/wordpress-tools.js';
import { DATABASE } from './mariadb.js';
import { freePort, startProcess, waitUntilAnswers } from './processes.js';

const run = promisify(execFile);
const THEME = 'twentytwentythree';

/** PHP string literal. */
const php = (value) => `'${String(value).replace(/[\\']/g, (c) => `\\${c}`)}'`;

const config = ({ dbPort, origin, content, errorLog }) => `<?php
// Written by the WordPress suite (test/wordpress/) for one run.
define('DB_NAME', ${php(DATABASE.name)});
define('DB_USER', ${php(DATABASE.user)});
define('DB_PASSWORD', ${php(DATABASE.password)});
define('DB_HOST', ${php(`127.0.0.1:${dbPort}`)});
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
define('WP_CONTENT_DIR', ${php(content)});
define('WP_CONTENT_URL', ${php(`${origin}/wp-content`)});
define('WP_HOME', ${php(origin)});
define('WP_SITEURL', ${php(origin)});
foreach (['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'] as $key) {
  define($key, 'test-only-' . $key);
}
define('WP_AUTO_UPDATE_CORE', false);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('DISABLE_WP_CRON', true);
// PHP's own errors go to the server's log; WP_DEBUG would add WordPress 6.1's
// deprecation notices under PHP 8.2 to every request (slow, and not ours).
define('WP_DEBUG', false);
ini_set('error_log', ${php(errorLog)});
$table_prefix = 'wp_';
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`;

// Test only. WordPress refuses to fetch from local addresses (our static site
// runs on 127.0.0.1): allow that, and nothing else, so no request leaves the
// machine. No mail either (there is no sendmail; wp_install sends one).
const MU_PLUGIN = `<?php
/* Plugin Name: WordPress suite: local oEmbed, no mail (test only) */
add_filter('http_request_host_is_external', '__return_true');
add_filter('http_request_args', function ($args) { $args['reject_unsafe_urls'] = false; return $args; });
add_filter('pre_http_request', function ($pre, $args, $url) {
  if (parse_url($url, PHP_URL_HOST) === '127.0.0.1') return $pre;
  error_log("WordPress suite: blocked a request to $url");
  return new WP_Error('http_request_blocked', "The WordPress suite lets no request leave the machine: $url");
}, 10, 3);
add_filter('pre_wp_mail', '__return_true');
`;

// Installs WordPress and publishes one post per entry of the JSON file in
// argv[2] ({ key, title, content }); prints { key: permalink } as JSON.
const INSTALL = ({ host }) => `<?php
define('WP_INSTALLING', true);
$_SERVER['HTTP_HOST'] = ${php(host)};
$_SERVER['REQUEST_URI'] = '/';
$posts = json_decode(file_get_contents($argv[1]), true);
require __DIR__ . '/www/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
$installed = wp_install('ms-widgets WordPress suite', 'admin', 'admin@example.invalid', false, '', wp_generate_password(24));
$links = [];
foreach ($posts as $post) {
  $id = wp_insert_post([
    'post_title' => $post['title'],
    'post_content' => $post['content'],
    'post_status' => 'publish',
    'post_author' => $installed['user_id'],
  ], true);
  if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message() . "\\n"); exit(1); }
  $links[$post['key']] = get_permalink($id);
}
echo json_encode(['version' => get_bloginfo('version'), 'links' => $links]);
`;

/**
 * Sets up WordPress under `dir` on the database at `dbPort`, publishes
 * `posts` ({ key, title, content }) and serves it. Resolves to
 * `{ origin, version, links: { key: permalink }, stop }`.
 */
export async function startWordPress(dir, { dbPort, posts }) {
  const www = join(dir, 'www');
  const content = join(dir, 'wp-content');
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;

  mkdirSync(dir, { recursive: true });
  await run('cp', ['-al', wordpressRoot, www]);
  rmSync(join(www, 'wp-config.php'));
  writeFileSync(join(www, 'wp-config.php'), config({ dbPort, origin, content, errorLog: join(dir, 'php-errors.log') }));
  mkdirSync(join(content, 'themes'), { recursive: true });
  mkdirSync(join(content, 'mu-plugins'));
  mkdirSync(join(content, 'uploads'));
  await run('cp', ['-al', join(wordpressRoot, 'wp-content', 'themes', THEME), join(content, 'themes', THEME)]);
  writeFileSync(join(content, 'mu-plugins', 'wordpress-suite.php'), MU_PLUGIN);

  writeFileSync(join(dir, 'install.php'), INSTALL({ host: `127.0.0.1:${port}` }));
  writeFileSync(join(dir, 'posts.json'), JSON.stringify(posts));
  let installed;
  try {
    const { stdout } = await run(phpPath(), [join(dir, 'install.php'), join(dir, 'posts.json')]);
    installed = JSON.parse(stdout);
  } catch (error) {
    throw new Error(`Installing WordPress failed: ${error.message}\n${error.stdout ?? ''}${error.stderr ?? ''}`, { cause: error });
  }

  const server = await startProcess('php -S (WordPress)', phpPath(), ['-S', `127.0.0.1:${port}`, '-t', www], {
    logFile: join(dir, 'php-server.log'),
    // Workers, so the browser's parallel requests (the post, its styles and scripts) do not queue behind one another.
    env: { PHP_CLI_SERVER_WORKERS: '4' },
  });
  try {
    await waitUntilAnswers(server, async () => (await fetch(`${origin}/wp-login.php`)).ok, { what: 'serve wp-login.php' });
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { origin, version: installed.version, links: installed.links, pid: server.pid, stop: () => server.stop() };
}
