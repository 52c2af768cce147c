// A real WordPress for the tests: Debian's wordpress package served by Apache with mod_php on
// loopback addresses (port 80: a multisite refuses a port), on a private MariaDB instance. Every
// file it writes is under one temporary folder, except Debian's per-host config files
// (/etc/wordpress/config-HOST.php), which stop() removes with the rest. Nothing listens beyond
// 127.0.0.x; no other service of the machine is touched.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const WORDPRESS = '/usr/share/wordpress';
const THEMES = '/usr/share/wordpress/wp-content/themes';
const SETUP = new URL('./setup.php', import.meta.url).pathname;

/** What a machine needs for the test; [] when all is there. */
export function missingForWordPress() {
  const missing = [];
  if (!existsSync(join(WORDPRESS, 'wp-settings.php'))) missing.push('wordpress');
  if (!existsSync(join(THEMES, 'twentytwentythree/style.css'))) missing.push('wordpress-theme-twentytwentythree');
  if (!existsSync('/usr/sbin/mariadbd') || !existsSync('/usr/bin/mariadb-install-db')) missing.push('mariadb-server');
  if (!existsSync('/usr/sbin/apache2')) missing.push('apache2');
  if (!phpModule()) missing.push('libapache2-mod-php');
  try {
    if (!/^mysqli$/m.test(execFileSync('php', ['-m'], { encoding: 'utf8' }))) missing.push('php-mysql');
  } catch {
    missing.push('php-mysql');
  }
  return missing;
}

function phpModule() {
  const dir = '/usr/lib/apache2/modules';
  const so = existsSync(dir) ? readdirSync(dir).find((f) => /^libphp[\d.]*\.so$/.test(f)) : undefined;
  return so ? join(dir, so) : null;
}

function run(cmd, args, options = {}) {
  return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });
}

async function waitFor(check, what, ms = 30000) {
  const end = Date.now() + ms;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      /* not yet */
    }
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await sleep(200);
  }
}

/**
 * Starts MariaDB and Apache and lays out one WordPress per site ({host, db, multisite}).
 * Returns the handle stop() needs; call stop() even when start() threw half-way (it cleans what exists).
 */
export async function start(sites) {
  const dir = mkdtempSync(join(tmpdir(), 'terreau-wp-'));
  chmodSync(dir, 0o755);
  const env = { dir, sites, configs: [], mariadb: null, apacheConf: null };
  try {
    // MariaDB: a private data directory and socket, no TCP.
    const data = join(dir, 'mysql');
    mkdirSync(data);
    const mysqlUid = Number(run('id', ['-u', 'mysql']).trim());
    const mysqlGid = Number(run('id', ['-g', 'mysql']).trim());
    const runDir = join(dir, 'mysql-run');
    mkdirSync(runDir, { mode: 0o755 });
    chownSync(data, mysqlUid, mysqlGid);
    chownSync(runDir, mysqlUid, mysqlGid);
    env.socket = join(runDir, 'mysqld.sock');
    run('mariadb-install-db', ['--no-defaults', `--datadir=${data}`, '--user=mysql', '--auth-root-authentication-method=socket', '--skip-test-db']);
    env.mariadb = spawn('/usr/sbin/mariadbd', ['--no-defaults', `--datadir=${data}`, `--socket=${env.socket}`, '--skip-networking', '--user=mysql', `--pid-file=${join(runDir, 'mysqld.pid')}`, `--log-error=${join(runDir, 'mysqld.log')}`, '--innodb-buffer-pool-size=64M'], { stdio: 'ignore' });
    await waitFor(() => sql('SELECT 1', env) !== null, 'MariaDB');
    for (const site of sites) {
      sql(`DROP DATABASE IF EXISTS ${site.db}; CREATE DATABASE ${site.db} CHARACTER SET utf8mb4; CREATE USER IF NOT EXISTS 'terreau'@'localhost' IDENTIFIED BY 'terreau-test'; GRANT ALL ON ${site.db}.* TO 'terreau'@'localhost';`, env);
    }

    // wp-content of our own (the theme from Debian's package); the plugin is installed from its zip by
    // WordPress' own upgrader (installPlugin), as an administrator's upload would.
    const content = join(dir, 'wp-content');
    for (const sub of ['plugins', 'themes', 'uploads']) mkdirSync(join(content, sub), { recursive: true });
    symlinkSync(join(THEMES, 'twentytwentythree'), join(content, 'themes/twentytwentythree'));
    run('chown', ['-R', 'www-data:www-data', content]);
    env.content = content;

    for (const site of sites) writeConfig(env, site, false);

    // Apache: its own configuration file, pid and logs; mod_php; only our loopback addresses.
    const conf = join(dir, 'apache.conf');
    writeFileSync(
      conf,
      [
        `ServerRoot /etc/apache2`,
        `DefaultRuntimeDir ${dir}`,
        `PidFile ${join(dir, 'apache.pid')}`,
        `ServerName ${sites[0].host}`,
        ...sites.map((s) => `Listen ${s.host}:80`),
        `LoadModule mpm_prefork_module /usr/lib/apache2/modules/mod_mpm_prefork.so`,
        `LoadModule authz_core_module /usr/lib/apache2/modules/mod_authz_core.so`,
        `LoadModule dir_module /usr/lib/apache2/modules/mod_dir.so`,
        `LoadModule mime_module /usr/lib/apache2/modules/mod_mime.so`,
        `LoadModule alias_module /usr/lib/apache2/modules/mod_alias.so`,
        `LoadModule rewrite_module /usr/lib/apache2/modules/mod_rewrite.so`,
        `LoadModule php_module ${phpModule()}`,
        `StartServers 2`,
        `MaxRequestWorkers 8`,
        `User www-data`,
        `Group www-data`,
        `ErrorLog ${join(dir, 'apache-error.log')}`,
        `TypesConfig /etc/mime.types`,
        `AddType text/javascript .js .mjs`,
        `DocumentRoot ${WORDPRESS}`,
        `DirectoryIndex index.php`,
        `Alias /wp-content ${content}`,
        `<Directory />`,
        `  Options FollowSymLinks`,
        `  AllowOverride None`,
        `  Require all granted`,
        `</Directory>`,
        // WordPress' own rewrite rules (pretty permalinks: a multisite's main site uses /blog/…).
        `<Directory ${WORDPRESS}>`,
        `  RewriteEngine On`,
        `  RewriteBase /`,
        `  RewriteRule ^index\\.php$ - [L]`,
        `  RewriteCond %{REQUEST_FILENAME} !-f`,
        `  RewriteCond %{REQUEST_FILENAME} !-d`,
        `  RewriteRule . /index.php [L]`,
        `</Directory>`,
        `<FilesMatch "\\.php$">`,
        `  SetHandler application/x-httpd-php`,
        `</FilesMatch>`,
        '',
      ].join('\n'),
    );
    env.apacheConf = conf;
    // Apache's daemon keeps inherited pipes open: give it none, or execFileSync waits forever.
    execFileSync('/usr/sbin/apache2', ['-f', conf, '-k', 'start'], { stdio: 'ignore' });
    await waitFor(async () => (await fetch(`http://${sites[0].host}/wp-includes/css/dashicons.min.css`)).ok, 'Apache');
    return env;
  } catch (error) {
    error.env = env;
    throw error;
  }
}

/** Debian's per-host config; `multisite` adds the network constants once the network tables exist. */
export function writeConfig(env, site, multisite) {
  const file = `/etc/wordpress/config-${site.host}.php`;
  const php = [
    '<?php',
    '// Written by Terreau\'s WordPress test (test/wordpress/server.js); removed when the test stops.',
    `define('DB_NAME', '${site.db}');`,
    `define('DB_USER', 'terreau');`,
    `define('DB_PASSWORD', 'terreau-test');`,
    `define('DB_HOST', 'localhost:${env.socket}');`,
    `define('WP_CONTENT_DIR', '${env.content}');`,
    `define('WP_CONTENT_URL', 'http://${site.host}/wp-content');`,
    `define('WP_HOME', 'http://${site.host}');`,
    `define('WP_SITEURL', 'http://${site.host}');`,
    `define('WP_ENVIRONMENT_TYPE', 'local');`,
    `define('WP_DEBUG', true);`,
    `define('WP_DEBUG_DISPLAY', false);`,
    `define('WP_DEBUG_LOG', '${join(env.dir, `debug-${site.host}.log`)}');`,
    `define('DISABLE_WP_CRON', true);`,
    `define('AUTOMATIC_UPDATER_DISABLED', true);`,
    `define('WP_HTTP_BLOCK_EXTERNAL', true);`,
    `define('WPLANG', '');`,
    ...['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'].map(
      (k) => `define('${k}', '${k.toLowerCase()}-${Math.random().toString(36).slice(2)}');`,
    ),
    ...(multisite
      ? [
          `define('MULTISITE', true);`,
          `define('SUBDOMAIN_INSTALL', false);`,
          `define('DOMAIN_CURRENT_SITE', '${site.host}');`,
          `define('PATH_CURRENT_SITE', '/');`,
          `define('SITE_ID_CURRENT_SITE', 1);`,
          `define('BLOG_ID_CURRENT_SITE', 1);`,
        ]
      : []),
    '',
  ].join('\n');
  writeFileSync(file, php);
  chmodSync(file, 0o644);
  if (!env.configs.includes(file)) env.configs.push(file);
}

/** Installs the plugin zip through WordPress' Plugin_Upgrader (the "Upload plugin" path). */
export function installPlugin(env, site, zipPath) {
  const answer = setup(site, 'install-plugin', { zip: zipPath });
  run('chown', ['-R', 'www-data:www-data', env.content]);
  return answer;
}

/** Runs test/wordpress/setup.php for a site; returns its JSON answer. */
export function setup(site, action, args) {
  const outText = run('php', [SETUP, site.host, action, ...(args ? [JSON.stringify(args)] : [])]);
  return JSON.parse(outText.trim().split('\n').pop());
}

/** One SQL statement through the private server's socket, as root; the rows as tab-separated text. */
export function sql(query, env) {
  try {
    return run('mariadb', ['--no-defaults', `--socket=${env.socket}`, '-u', 'root', '-N', '-B', '-e', query]);
  } catch {
    return null;
  }
}

/** Stops Apache and MariaDB, drops the databases, removes the config files and the temporary folder. */
export async function stop(env) {
  if (!env) return;
  if (env.apacheConf) {
    try {
      execFileSync('/usr/sbin/apache2', ['-f', env.apacheConf, '-k', 'stop'], { stdio: 'ignore' });
    } catch {
      /* not running */
    }
    await waitFor(() => !existsSync(join(env.dir, 'apache.pid')), 'Apache to stop', 10000).catch(() => {});
  }
  if (env.mariadb) {
    for (const site of env.sites) sql(`DROP DATABASE IF EXISTS ${site.db}`, env);
    const exited = new Promise((resolve) => (env.mariadb.exitCode !== null ? resolve() : env.mariadb.once('exit', resolve)));
    env.mariadb.kill('SIGTERM');
    await Promise.race([exited, sleep(15000)]);
  }
  for (const file of env.configs) rmSync(file, { force: true });
  rmSync(env.dir, { recursive: true, force: true });
}
