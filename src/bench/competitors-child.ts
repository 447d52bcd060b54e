import { text } from 'node:stream/consumers';
import { timeCompetitors } from './competitors.js';

/**
 * Child process of measureCompetitors: reads `{ articles, warmUp }` as JSON from standard input, prints the
 * seconds wink-nlp and compromise took as one JSON object.
 */
const { articles, warmUp } = JSON.parse(await text(process.stdin)) as { articles: string[]; warmUp: string[] };
process.stdout.write(`${JSON.stringify(await timeCompetitors(articles, warmUp))}\n`);
