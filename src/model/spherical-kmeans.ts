/** A sparse vector: the indexes of its non-zero dimensions, ascending, and their values. */
export interface SparseVec {
  idx: Int32Array;
  val: Float32Array;
}

/** Spherical k-means over sparse unit vectors; returns the assignment and the centroids. */
export function sphericalKMeans(
  vecs: SparseVec[],
  dims: number,
  k: number,
  iterations: number,
  random: () => number,
  initPool: number,
): { assign: Uint16Array; centroids: Float32Array[] } {
  const pool = Math.min(initPool, vecs.length);
  const chosen = new Set<number>();
  while (chosen.size < Math.min(k, pool)) chosen.add(Math.floor(random() * pool));
  const centroids = [...chosen].sort((a, b) => a - b).map((i) => {
    const c = new Float32Array(dims);
    const v = vecs[i];
    for (let j = 0; j < v.idx.length; j++) c[v.idx[j]] = v.val[j];
    return c;
  });
  const assign = new Uint16Array(vecs.length);
  for (let it = 0; it < iterations; it++) {
    for (let i = 0; i < vecs.length; i++) {
      const v = vecs[i];
      let best = 0;
      let bestScore = -Infinity;
      for (let c = 0; c < centroids.length; c++) {
        const cen = centroids[c];
        let s = 0;
        for (let j = 0; j < v.idx.length; j++) s += cen[v.idx[j]] * v.val[j];
        if (s > bestScore) {
          bestScore = s;
          best = c;
        }
      }
      assign[i] = best;
    }
    for (const c of centroids) c.fill(0);
    for (let i = 0; i < vecs.length; i++) {
      const cen = centroids[assign[i]];
      const v = vecs[i];
      for (let j = 0; j < v.idx.length; j++) cen[v.idx[j]] += v.val[j];
    }
    for (const c of centroids) {
      let n = 0;
      for (let d = 0; d < dims; d++) n += c[d] * c[d];
      n = Math.sqrt(n) || 1;
      for (let d = 0; d < dims; d++) c[d] /= n;
    }
  }
  return { assign, centroids };
}
