// What the WordPress suite (test/wordpress/) runs: Debian's WordPress, a
// MariaDB server and PHP with its MySQL driver. One list for the pretest step
// (scripts/test-env/find-browsers.js, which installs what is missing) and the suite
// (which fails with the apt command when something is still missing).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const first = (...paths) => paths.find((p) => p && existsSync(p));

export const mariadbdPath = () => first('/usr/sbin/mariadbd', '/usr/bin/mariadbd');
export const mariadbInstallDbPath = () => first('/usr/bin/mariadb-install-db', '/usr/sbin/mariadb-install-db');
export const mariadbClientPath = () => first('/usr/bin/mariadb');
export const phpPath = () => first('/usr/bin/php');
/** Debian's WordPress tree; the suite copies it (hard links) into a scratch folder. */
export const wordpressRoot = '/usr/share/wordpress';

/** PHP can talk to MariaDB only with the mysqli extension (Debian's php-mysql). */
function phpHasMysqli() {
  const php = phpPath();
  if (!php) return false;
  try {
    execFileSync(php, ['-r', 'exit(extension_loaded("mysqli") ? 0 : 1);'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export const WORDPRESS_TOOLS = [
  { name: 'mariadbd', found: () => Boolean(mariadbdPath()), packages: 'mariadb-server' },
  { name: 'mariadb-install-db', found: () => Boolean(mariadbInstallDbPath()), packages: 'mariadb-server' },
  { name: 'mariadb (client)', found: () => Boolean(mariadbClientPath()), packages: 'mariadb-server' },
  { name: 'php', found: () => Boolean(phpPath()), packages: 'php-cli' },
  { name: "PHP's mysqli extension", found: phpHasMysqli, packages: 'php-mysql' },
  { name: `${wordpressRoot}/wp-load.php`, found: () => existsSync(`${wordpressRoot}/wp-load.php`), packages: 'wordpress' },
];

export const WORDPRESS_PACKAGES = 'wordpress mariadb-server php-cli php-mysql';

export const missingWordPressTools = () => WORDPRESS_TOOLS.filter((tool) => !tool.found());

/** The exact command that installs `tools` (all of the suite's packages by default). */
export function wordpressInstallCommand(tools = WORDPRESS_TOOLS) {
  const packages = [...new Set(tools.flatMap((t) => t.packages.split(' ')))].join(' ');
  return `apt-get update && apt-get install -y ${packages}`;
}
