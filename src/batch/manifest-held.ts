import type { ManifestEntry } from './manifest-lines.js';
import { sourceDigest } from './orphans.js';
import { shortHash } from './short-hash.js';

/** What a rerun compares: the same content, output and routing, written by a pipeline with the same fingerprint. */
function entryDigest(e: Pick<ManifestEntry, 'sha256' | 'output' | 'routing' | 'pipeline'>): string {
  return shortHash(`${e.sha256}\n${e.output}\n${e.routing}\n${e.pipeline}`);
}

/**
 * The done inputs of a manifest as held in memory, one string per input (digest, pipeline route, N-Quads place,
 * source digest, tab-separated), keyed by the short hash of the input's path: millions of inputs stay small.
 */
export class HeldEntries {
  private readonly done = new Map<string, string>();

  /** Holds a finished input (a later entry for the same input replaces the earlier). */
  hold(entry: ManifestEntry): void {
    this.done.set(shortHash(entry.input), [entryDigest(entry), entry.route, ...entry.nq, sourceDigest(entry)].join('\t'));
  }

  /** Forgets an input. */
  forget(input: string): void {
    this.done.delete(shortHash(input));
  }

  private fields(input: string): string[] | undefined {
    return this.done.get(shortHash(input))?.split('\t');
  }

  /** The digest of where an input was read from when it was done; undefined when never done. */
  sourceOf(input: string): string | undefined {
    return this.fields(input)?.[5];
  }

  /** The pipeline an input was last written with; undefined when it was never done. */
  routeOf(input: string): string | undefined {
    return this.fields(input)?.[1];
  }

  /** The N-Quads place of an input done with the same content, output, routing and pipeline fingerprint. */
  doneQuads(entry: Omit<ManifestEntry, 'nq' | 'route'>): ManifestEntry['nq'] | undefined {
    const held = this.fields(entry.input);
    if (!held || held[0] !== entryDigest(entry)) return undefined;
    return [held[2], Number(held[3]), Number(held[4])];
  }

  /** Segment files (relative to the output folder) that the held entries point into. */
  segments(): Set<string> {
    const used = new Set<string>();
    for (const held of this.done.values()) used.add(held.split('\t')[2]);
    return used;
  }
}
