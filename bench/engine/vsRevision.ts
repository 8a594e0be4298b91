/**
 * `npm run bench:rev -- [revision] [--rounds N]`: this checkout's engine against the engine of
 * another git revision (default `main`), in one process — the honest way to show a change
 * costs no throughput on a shared, noisy machine. The revision's src/engine is extracted
 * with `git archive` into node_modules/.cache, both are bundled with esbuild, and
 * vsRevisionRun.ts measures them (see there for what is reported).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 15;
const revision = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--rounds') ?? 'main';

const sha = execFileSync('git', ['rev-parse', '--short', revision], { cwd: root, encoding: 'utf8' }).trim();
const cache = join(root, 'node_modules/.cache/bench', `rev-${sha}`);
rmSync(cache, { recursive: true, force: true });
mkdirSync(cache, { recursive: true });
const tar = execFileSync('git', ['archive', '--format=tar', sha, 'src/engine'], { cwd: root, maxBuffer: 1 << 28 });
execFileSync('tar', ['-x', '-C', cache], { input: tar });

const entry = join(cache, 'entry.ts');
writeFileSync(
  entry,
  [
    `import * as head from ${JSON.stringify(join(root, 'src/engine'))};`,
    `import * as other from ${JSON.stringify(join(cache, 'src/engine'))};`,
    `import { runVs } from ${JSON.stringify(join(root, 'bench/engine/vsRevisionRun'))};`,
    `runVs(head, other as never, ${JSON.stringify(`${revision} (${sha})`)}, ${rounds});`,
  ].join('\n'),
);
const outfile = join(cache, 'bench.cjs');
await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'warning' });
execFileSync(process.execPath, [outfile], { stdio: 'inherit' });
