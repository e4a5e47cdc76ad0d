// Random street maps for cross-checks: jittered grid nodes, random ways through neighbours, some
// steps, some duplicate points, some dead ends.
import { prng } from './prng';
import { tinyMap, type TinyMap } from './tiny-map';

export function randomMap(seed: number, size = 12) {
  const rnd = prng(seed);
  const nodes: TinyMap['nodes'] = {};
  const key = (i: number, j: number) => `n${i}_${j}`;
  for (let i = 0; i < size; i++) {
    for (let j = 0; j < size; j++) nodes[key(i, j)] = [i * 80 + rnd() * 40, j * 80 + rnd() * 40];
  }
  const ways: TinyMap['ways'] = [];
  for (let w = 0; w < size * 3; w++) {
    let i = Math.floor(rnd() * size);
    let j = Math.floor(rnd() * size);
    const path = [key(i, j)];
    const len = 2 + Math.floor(rnd() * 6);
    for (let s = 0; s < len; s++) {
      const dir = Math.floor(rnd() * 4);
      const ni = i + (dir === 0 ? 1 : dir === 1 ? -1 : 0);
      const nj = j + (dir === 2 ? 1 : dir === 3 ? -1 : 0);
      if (ni < 0 || nj < 0 || ni >= size || nj >= size) continue;
      i = ni;
      j = nj;
      if (path[path.length - 1] !== key(i, j)) path.push(key(i, j));
    }
    if (path.length < 2) continue;
    const r = rnd();
    ways.push({ path: path.join(' '), tags: { highway: r < 0.15 ? 'steps' : r < 0.3 ? 'residential' : 'footway' } });
  }
  return tinyMap(`random-${seed}`, { nodes, ways });
}
