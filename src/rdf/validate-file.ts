import { readFile } from 'node:fs/promises';
import { checkAbsoluteIds, checkAnchors, checkGraphs, plainQuads } from './checks.js';
import { expandOffline, jsonLdToNQuads, parseNQuads } from './offline.js';
import { ContractValidator } from './shacl.js';
import type { Violation } from './violation.js';

/** Anchor equality is checked in code ({@link checkAnchors}, with a more precise message): skip its SPARQL twin. */
const isAnchorConstraint = (c: { query: string }) => /nif:anchorOf \?value/.test(c.query);

/**
 * Validates one JSON-LD file against the contract: it parses, expands offline, every `@id` is absolute, SHACL
 * Core and SHACL-SPARQL shapes hold on the merged graphs, anchors match the text in code points, and the graph
 * layout (provenance in the default graph, extraction in one named graph) is right.
 */
export async function validateJsonLdFile(file: string, validator: ContractValidator): Promise<Violation[]> {
  let json: object;
  try {
    json = JSON.parse(await readFile(file, 'utf8')) as object;
  } catch (error) {
    return [{ file, node: '(document)', reason: `not JSON: ${(error as Error).message}`, source: 'code' }];
  }
  let nquads: string;
  const out: Violation[] = [];
  try {
    out.push(...checkAbsoluteIds(file, await expandOffline(json)));
    nquads = await jsonLdToNQuads(json);
  } catch (error) {
    const url = (error as { details?: { url?: string } }).details?.url;
    const reason = url ? `JSON-LD does not expand offline: it needs the remote document ${url}` : `JSON-LD does not expand offline: ${(error as Error).message}`;
    return [...out, { file, node: '(document)', reason, source: 'code' }];
  }
  let quads;
  try {
    quads = parseNQuads(nquads);
  } catch (error) {
    return [...out, { file, node: '(document)', reason: `the RDF of the document does not parse: ${(error as Error).message}`, source: 'code' }];
  }
  if (!quads.length) return [...out, { file, node: '(document)', reason: 'the document holds no RDF data', source: 'code' }];
  out.push(...(await validator.coreCheck(file, quads)));
  out.push(...validator.sparqlCheck(file, quads, isAnchorConstraint));
  const plain = plainQuads(quads);
  out.push(...checkAnchors(file, plain));
  out.push(...checkGraphs(file, plain));
  return out;
}
