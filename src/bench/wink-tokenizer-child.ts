/**
 * Child process of startWinkTokenizer (wink-tokenizer.ts), talking over Node's IPC channel: `{ warmUp }` is run
 * untimed and answered with `{ ready: true }`; `{ block, untimed, passes }`: the `untimed` texts are tokenised first,
 * then `block` `passes` times, timed, answered with `{ seconds }` of one pass (the mean). It ends when the parent
 * disconnects.
 */
const { default: winkNLP } = await import('wink-nlp');
const { default: model } = await import('wink-eng-lite-web-model');
const nlp = winkNLP(model, []);
const tokenize = (text: string) => void nlp.readDoc(text).tokens().length();

process.on('message', (message: { warmUp?: string[]; block?: string[]; untimed?: string[]; passes?: number }) => {
  if (message.warmUp) {
    for (const text of message.warmUp) tokenize(text);
    process.send!({ ready: true });
    return;
  }
  for (const text of message.untimed ?? []) tokenize(text);
  const passes = message.passes ?? 1;
  const started = performance.now();
  for (let pass = 0; pass < passes; pass++) for (const text of message.block ?? []) tokenize(text);
  process.send!({ seconds: (performance.now() - started) / 1000 / passes });
});
process.on('disconnect', () => process.exit(0));
