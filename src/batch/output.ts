import { isAbsolute, relative, resolve, sep } from 'node:path';

/** The output of one article, or why it may not be written. */
export type OutputTarget = { ok: true; abs: string; rel: string } | { ok: false; reason: string };

/**
 * Where the JSON-LD of an article goes: `<out>/<outRel>.jsonld`. Names that would land outside the output folder
 * (`../x`, absolute ids from a JSONL file) or on faktum's own files are refused.
 */
export function outputTarget(out: string, outRel: string): OutputTarget {
  const root = resolve(out);
  const cleaned = outRel.replace(/\\/g, '/');
  if (!cleaned || cleaned.includes('\0')) return { ok: false, reason: `invalid output name "${outRel}"` };
  if (isAbsolute(cleaned) || /^[a-zA-Z]:/.test(cleaned)) return { ok: false, reason: `output name "${outRel}" is an absolute path: it would escape the output folder` };
  const abs = resolve(root, `${cleaned}.jsonld`);
  const rel = relative(root, abs);
  if (!rel || rel.startsWith('..') || isAbsolute(rel) || cleaned.split('/').includes('..')) {
    return { ok: false, reason: `output name "${outRel}" would escape the output folder` };
  }
  const relPosix = rel.split(sep).join('/');
  if (relPosix.split('/').some((part) => part.startsWith('.faktum'))) return { ok: false, reason: `output name "${outRel}" is reserved` };
  // File systems take names of up to 255 bytes: a longer one fails here, with its reason, not at the write.
  const tooLong = relPosix.split('/').find((part) => Buffer.byteLength(part) > 255);
  if (tooLong) return { ok: false, reason: `output name ${tooLong.slice(0, 40)}... is ${Buffer.byteLength(tooLong)} bytes long: file systems take at most 255` };
  return { ok: true, abs, rel: relPosix };
}
