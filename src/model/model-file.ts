import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { ClusterMap } from './clusters.js';
import { NUM_TAGS } from './labels.js';
import type { ModelData, ModelMeta } from './model-data.js';
import { WordStats } from './word-stats.js';

/**
 * The binary model file: `FAKTUMNER1\n`, a uint32 header length, a JSON header (meta and section sizes), then
 * little-endian sections, each padded to 4 bytes: feature keys (uint32), per-feature scales (float32), weights
 * quantised to int8 per feature row (`weight = q * scale`), transitions (float32), cluster keys (uint32), fine
 * clusters (uint16), coarse cluster per fine cluster (uint16),
 * word-stat keys (uint32), word-stat codes (uint8).
 */
const MAGIC = 'FAKTUMNER1\n';

interface Header {
  meta: ModelMeta;
  numTags: number;
  features: number;
  clusterWords: number;
  fineClusters: number;
  statWords: number;
}

/** Quantised weights: what a model file holds. */
export interface QuantisedWeights {
  keys: Uint32Array;
  scales: Float32Array;
  q: Int8Array;
}

/**
 * Keeps the `maxFeatures` features with the largest weights (by max |w| over tags; ties by key) and quantises
 * each row to int8 with its own scale. Keys come out sorted, so equal input gives equal bytes.
 */
export function pruneAndQuantise(keys: Uint32Array, weights: Float32Array, maxFeatures: number): QuantisedWeights {
  const T = NUM_TAGS;
  const n = keys.length;
  const maxAbs = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    let m = 0;
    for (let t = 0; t < T; t++) m = Math.max(m, Math.abs(weights[i * T + t]));
    maxAbs[i] = m;
  }
  const idx = Array.from({ length: n }, (_, i) => i).filter((i) => maxAbs[i] > 0);
  idx.sort((a, b) => maxAbs[b] - maxAbs[a] || keys[a] - keys[b]);
  const kept = idx.slice(0, maxFeatures).sort((a, b) => keys[a] - keys[b]);
  const outKeys = new Uint32Array(kept.length);
  const scales = new Float32Array(kept.length);
  const q = new Int8Array(kept.length * T);
  kept.forEach((src, j) => {
    outKeys[j] = keys[src];
    const scale = maxAbs[src] / 127;
    scales[j] = scale;
    for (let t = 0; t < T; t++) q[j * T + t] = Math.round(weights[src * T + t] / scale);
  });
  return { keys: outKeys, scales, q };
}

function pad4(b: Buffer): Buffer {
  const rest = b.length % 4;
  return rest === 0 ? b : Buffer.concat([b, Buffer.alloc(4 - rest)]);
}

function bytes(a: ArrayBufferView): Buffer {
  return pad4(Buffer.from(a.buffer, a.byteOffset, a.byteLength));
}

/** Serialises a model; `weights` must already be quantised. */
export function encodeModel(meta: ModelMeta, w: QuantisedWeights, transitions: Float32Array, clusters: ClusterMap, stats: WordStats): Buffer {
  const header: Header = {
    meta,
    numTags: NUM_TAGS,
    features: w.keys.length,
    clusterWords: clusters.keys.length,
    fineClusters: clusters.coarseOfFine.length,
    statWords: stats.keys.length,
  };
  const h = pad4(Buffer.from(JSON.stringify(header), 'utf8'));
  const len = Buffer.alloc(4);
  len.writeUInt32LE(h.length);
  return Buffer.concat([
    Buffer.from(MAGIC, 'latin1'),
    Buffer.alloc(1), // pads the 11-byte magic to 12
    len,
    h,
    bytes(w.keys),
    bytes(w.scales),
    bytes(w.q),
    bytes(transitions),
    bytes(clusters.keys),
    bytes(clusters.fine),
    bytes(clusters.coarseOfFine),
    bytes(stats.keys),
    bytes(stats.codes),
  ]);
}

/** Parses a model file's bytes. Throws on a foreign or truncated file. */
export function decodeModel(buf: Buffer): { data: ModelData; quantised: QuantisedWeights } {
  if (buf.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error('not a faktum NER model file');
  const hlen = buf.readUInt32LE(12);
  const header = JSON.parse(buf.toString('utf8', 16, 16 + hlen).replace(/\0+$/, '')) as Header;
  if (header.numTags !== NUM_TAGS) throw new Error(`model has ${header.numTags} tags, expected ${NUM_TAGS}`);
  let off = 16 + hlen;
  // copy each section into its own aligned array (a Buffer from readFileSync may not be 4-byte aligned)
  const take = <A>(make: (ab: ArrayBuffer) => A, byteLength: number): A => {
    if (off + byteLength > buf.length) throw new Error('truncated model file');
    const ab = new ArrayBuffer(byteLength);
    new Uint8Array(ab).set(buf.subarray(off, off + byteLength));
    off += byteLength + ((4 - (byteLength % 4)) % 4);
    return make(ab);
  };
  const F = header.features;
  const T = NUM_TAGS;
  const keys = take((ab) => new Uint32Array(ab), F * 4);
  const scales = take((ab) => new Float32Array(ab), F * 4);
  const q = take((ab) => new Int8Array(ab), F * T);
  const transitions = take((ab) => new Float32Array(ab), (T + 1) * T * 4);
  const ck = take((ab) => new Uint32Array(ab), header.clusterWords * 4);
  const cf = take((ab) => new Uint16Array(ab), header.clusterWords * 2);
  const cc = take((ab) => new Uint16Array(ab), header.fineClusters * 2);
  const sk = take((ab) => new Uint32Array(ab), header.statWords * 4);
  const sc = take((ab) => new Uint8Array(ab), header.statWords);
  const quantised = { keys, scales, q };
  return {
    data: { meta: header.meta, keys, q, scales, transitions, clusters: new ClusterMap(ck, cf, cc), stats: new WordStats(sk, sc) },
    quantised,
  };
}

/** Writes a model file (creating its folder). */
export function writeModelFile(file: string, buf: Buffer): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, buf);
}

/** Reads a model file. */
export function readModelFile(file: string): ModelData {
  return decodeModel(readFileSync(file)).data;
}
