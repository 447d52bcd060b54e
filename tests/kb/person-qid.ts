import { extractText, openPipeline } from '../../src/api.js';

const pipeline = await openPipeline();

/** The QID the text's PER mention `name` links to, `-` for an entity without one, `not found` without the mention. */
export async function qidOf(text: string, name: string): Promise<string> {
  const doc = await extractText(pipeline, text);
  const qid = new Map(doc.entities.map((e) => [e.id, e.qid ?? '-']));
  const m = doc.mentions.find((x) => x.kind === 'name' && x.type === 'PER' && x.text === name);
  return m ? qid.get(m.entity!) ?? '-' : 'not found';
}
