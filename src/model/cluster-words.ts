import { fnv1a, mulberry32 } from './hash.js';
import { ClusterMap, DEFAULT_CLUSTER_OPTIONS, type ClusterOptions } from './clusters.js';
import { sphericalKMeans, type SparseVec } from './spherical-kmeans.js';

function shapeClass(w: string): string {
  if (/^\p{N}/u.test(w)) return '<num>';
  if (/^\p{Lu}/u.test(w)) return '<Cap>';
  if (/^\p{Ll}/u.test(w)) return '<low>';
  return '<sym>';
}

/**
 * Clusters words by their left and right neighbours (a fast stand-in for Brown clusters): each frequent word is
 * a vector of log counts of the `contextWords` most frequent neighbours (rarer neighbours by shape), fine
 * clusters come from spherical k-means, coarse clusters from k-means over the fine centroids. Deterministic.
 */
export function clusterWords(sentences: readonly string[][], options: Partial<ClusterOptions> = {}): ClusterMap {
  const o = { ...DEFAULT_CLUSTER_OPTIONS, ...options };
  const counts = new Map<string, number>();
  for (const s of sentences) for (const w of s) counts.set(w, (counts.get(w) ?? 0) + 1);
  const byFreq = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const ctxIndex = new Map<string, number>();
  for (const [w] of byFreq.slice(0, o.contextWords)) ctxIndex.set(w, ctxIndex.size);
  for (const c of ['<num>', '<Cap>', '<low>', '<sym>', '<S>']) ctxIndex.set(c, ctxIndex.size);
  const half = ctxIndex.size;
  const dims = half * 2;
  const words = byFreq.filter(([, c]) => c >= o.minCount).slice(0, o.maxWords).map(([w]) => w);
  const wordIndex = new Map(words.map((w, i) => [w, i]));
  const ctxCounts: Map<number, number>[] = words.map(() => new Map());
  const ctxOf = (w: string | undefined): number => (w === undefined ? ctxIndex.get('<S>')! : (ctxIndex.get(w) ?? ctxIndex.get(shapeClass(w))!));
  for (const s of sentences) {
    for (let i = 0; i < s.length; i++) {
      const wi = wordIndex.get(s[i]);
      if (wi === undefined) continue;
      const m = ctxCounts[wi];
      const l = ctxOf(s[i - 1]);
      const r = half + ctxOf(s[i + 1]);
      m.set(l, (m.get(l) ?? 0) + 1);
      m.set(r, (m.get(r) ?? 0) + 1);
    }
  }
  const vecs: SparseVec[] = ctxCounts.map((m) => {
    const entries = [...m.entries()].sort((a, b) => a[0] - b[0]);
    const idx = Int32Array.from(entries, (e) => e[0]);
    const val = Float32Array.from(entries, (e) => Math.log1p(e[1]));
    let n = 0;
    for (const v of val) n += v * v;
    n = Math.sqrt(n) || 1;
    for (let j = 0; j < val.length; j++) val[j] /= n;
    return { idx, val };
  });
  const random = mulberry32(o.seed);
  const fine = sphericalKMeans(vecs, dims, o.fineClusters, o.iterations, random, 5000);
  const centroidVecs: SparseVec[] = fine.centroids.map((c) => {
    const idx: number[] = [];
    const val: number[] = [];
    c.forEach((v, d) => {
      if (v !== 0) {
        idx.push(d);
        val.push(v);
      }
    });
    return { idx: Int32Array.from(idx), val: Float32Array.from(val) };
  });
  const coarse = sphericalKMeans(centroidVecs, dims, o.coarseClusters, o.iterations, random, centroidVecs.length);
  const pairs = words.map((w, i) => [fnv1a(w), fine.assign[i]] as const).sort((a, b) => a[0] - b[0]);
  const keys: number[] = [];
  const fineIds: number[] = [];
  for (const [h, f] of pairs) {
    if (keys.length && keys[keys.length - 1] === h) continue; // hash collision: keep the first
    keys.push(h);
    fineIds.push(f);
  }
  return new ClusterMap(Uint32Array.from(keys), Uint16Array.from(fineIds), Uint16Array.from(coarse.assign));
}
