import type { EvalApi, EvalDoc, EvalMention } from '../../src/eval/pipeline-api.js';

/** A fake pipeline: tags every occurrence of a known word; entities per distinct word; no relations. */
export function fakeApi(lexicon: Record<string, { type: string; kind?: EvalMention['kind']; qid?: string }>): EvalApi & { opened: unknown[] } {
  const opened: unknown[] = [];
  const tag = (text: string, tokens: EvalDoc['tokens']): EvalDoc => {
    const mentions: EvalMention[] = [];
    const entities: EvalDoc['entities'] = [];
    for (const [word, info] of Object.entries(lexicon)) {
      let from = 0;
      let at: number;
      let entity: EvalDoc['entities'][number] | undefined;
      while ((at = text.indexOf(word, from)) >= 0) {
        const id = `m${mentions.length + 1}`;
        if (!['MONEY', 'DATE', 'PERCENT'].includes(info.type)) {
          entity ??= { id: `e${entities.length + 1}`, type: info.type, name: word, mentions: [], ...(info.qid ? { qid: info.qid } : {}) };
          if (!entities.includes(entity)) entities.push(entity);
          entity.mentions.push(id);
        }
        mentions.push({ id, start: at, end: at + word.length, type: info.type, kind: info.kind ?? 'name', entity: entity?.id });
        from = at + word.length;
      }
    }
    return { text, tokens, mentions, entities, relations: [] };
  };
  return {
    opened,
    async openPipeline(options) {
      opened.push(options);
      return { fake: true };
    },
    async extractText(_p, text) {
      return tag(text, []);
    },
    async extractTokens(_p, sentences) {
      let text = '';
      const tokens: EvalDoc['tokens'] = [];
      for (const s of sentences) {
        for (const w of s) {
          if (text) text += ' ';
          tokens.push({ start: text.length, end: text.length + w.length });
          text += w;
        }
        text += '\n';
      }
      return tag(text, tokens);
    },
  };
}
