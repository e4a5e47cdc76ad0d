// Progress on stderr, only when it is a terminal (pipes and CI logs stay clean).
export function progressReporter(label: string): ((stage: string, fraction: number) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  let last = 0;
  return (stage, fraction) => {
    const now = Date.now();
    if (fraction < 1 && now - last < 100) return;
    last = now;
    const pct = Math.round(fraction * 100);
    process.stderr.write(
      `\r${label}: ${stage} ${pct}%`.padEnd(60) + (fraction >= 1 && stage === 'assemble' ? '\n' : ''),
    );
  };
}

export function clearProgress(): void {
  if (process.stderr.isTTY) process.stderr.write('\r'.padEnd(61) + '\r');
}
