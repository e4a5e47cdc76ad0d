// An obviously-correct Dijkstra for cross-checks: adjacency lists of plain objects, a sorted-array
// "queue", float metres. Slow on purpose-free simplicity; independent of the engine's code.
export interface EdgeRow {
  u: number;
  v: number;
  metres: number;
}

export function referenceDistances(
  nodeCount: number,
  edges: EdgeRow[],
  sources: { node: number; metres: number }[],
  cutoff = Infinity,
): Float64Array {
  const adj: { to: number; w: number }[][] = Array.from({ length: nodeCount }, () => []);
  for (const e of edges) {
    adj[e.u].push({ to: e.v, w: e.metres });
    adj[e.v].push({ to: e.u, w: e.metres });
  }
  const dist = new Float64Array(nodeCount).fill(Infinity);
  const done = new Uint8Array(nodeCount);
  // Binary heap of [dist, node] pairs with lazy deletion.
  const heap: [number, number][] = [];
  const push = (item: [number, number]) => {
    heap.push(item);
    let i = heap.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (heap[p][0] <= heap[i][0]) break;
      [heap[p], heap[i]] = [heap[i], heap[p]];
      i = p;
    }
  };
  const pop = (): [number, number] => {
    const top = heap[0];
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && heap[l][0] < heap[m][0]) m = l;
        if (r < heap.length && heap[r][0] < heap[m][0]) m = r;
        if (m === i) break;
        [heap[m], heap[i]] = [heap[i], heap[m]];
        i = m;
      }
    }
    return top;
  };
  for (const s of sources) {
    if (s.metres < dist[s.node] && s.metres <= cutoff) {
      dist[s.node] = s.metres;
      push([s.metres, s.node]);
    }
  }
  while (heap.length) {
    const [d, u] = pop();
    if (done[u] || d > dist[u]) continue;
    done[u] = 1;
    for (const { to, w } of adj[u]) {
      const nd = d + w;
      if (nd <= cutoff && nd < dist[to]) {
        dist[to] = nd;
        push([nd, to]);
      }
    }
  }
  return dist;
}
