// Runs `faktum train` from the compiled sources (build first: npx tsc -p scripts/model/tsconfig.json).
// Usage: node scripts/model/train.mjs --data ../shared/data --out models/de-ner-v1 [--seed N] [--epochs N] [--sets ...]
import { trainCommand } from '../../dist/cli/train.js';

process.exitCode = await trainCommand(process.argv.slice(2));
