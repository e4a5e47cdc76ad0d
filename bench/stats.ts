// Small statistics and process helpers for benchmarks.
import { spawnSync } from 'node:child_process';

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

export interface ProcessRun {
  ms: number;
  maxRssMB: number;
  stdout: string;
  stderr: string;
}

/** Run a command to completion: wall time, and peak resident memory through GNU time (-1 without it). */
export function runProcess(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): ProcessRun {
  const hasTime = spawnSync('test', ['-x', '/usr/bin/time']).status === 0;
  const t0 = performance.now();
  const r = hasTime
    ? spawnSync('/usr/bin/time', ['-f', '__MAXRSS_KB=%M', cmd, ...args], {
        encoding: 'utf8',
        env: { ...process.env, ...env },
        maxBuffer: 1 << 28,
      })
    : spawnSync(cmd, args, { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 28 });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stderr}`);
  const m = /__MAXRSS_KB=(\d+)/.exec(r.stderr ?? '');
  return {
    ms,
    maxRssMB: m ? Number(m[1]) / 1024 : -1,
    stdout: r.stdout,
    stderr: (r.stderr ?? '').replace(/__MAXRSS_KB=\d+\n?/, ''),
  };
}

export const fmt = (x: number, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : String(x));
