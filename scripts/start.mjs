// `npm start`: build what is missing (server bundle, web app), then serve. On an empty database the
// server loads the demo community and prints the demo accounts.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const newer = (a, b) => existsSync(a) && existsSync(b) && statSync(a).mtimeMs > statSync(b).mtimeMs;

if (!existsSync('dist/server/main.js') || newer('package.json', 'dist/server/main.js')) {
  const r = spawnSync('node', ['scripts/build-node.mjs'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
if (!existsSync('web/dist/index.html')) {
  console.log('Building the web app (first start only)…');
  const r = spawnSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const server = spawn('node', ['dist/server/main.js'], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
