#!/usr/bin/env bash
# Throughput of one machine through the queue against `faktum run --jobs 2`, taking turns (docs/distributed.md).
# usage: tests/helpers/services/bench-queue.sh <article folder> <rounds> <redis url>
# Each round: `faktum run <folder> --jobs 2 --force`, then the same folder through the queue with one worker of
# --jobs 2, then with two workers of --jobs 1 (files out, Redis flushed before each). Times are wall-clock seconds
# from start to the last article written, pipeline start-up included on both sides; `queue add` is timed apart.
set -euo pipefail
cd "$(dirname "$0")/../../.."
DIR="$1"; ROUNDS="$2"; REDIS="$3"; OUT="$(mktemp -d)"
N=$(find "$DIR" -name '*.txt' | wc -l)
now() { date +%s.%N; }
for r in $(seq 1 "$ROUNDS"); do
  t0=$(now); node bin/faktum.js run "$DIR" --jobs 2 --out "$OUT/run" --force --no-progress > /dev/null; t1=$(now)
  echo "round $r run --jobs 2: $(echo "$t1 - $t0" | bc) s, $(echo "$N / ($t1 - $t0)" | bc -l | cut -c1-5) docs/s"
  for mode in "1x2" "2x1"; do
    redis-cli -u "$REDIS" flushall > /dev/null; rm -rf "$OUT/q"
    a0=$(now); node bin/faktum.js queue add "$DIR" --redis "$REDIS" > /dev/null; a1=$(now)
    t0=$(now)
    if [ "$mode" = 1x2 ]; then
      node bin/faktum.js worker --redis "$REDIS" --out "$OUT/q" --jobs 2 --until-empty 2> /dev/null
    else
      node bin/faktum.js worker --redis "$REDIS" --out "$OUT/q" --jobs 1 --until-empty 2> /dev/null &
      node bin/faktum.js worker --redis "$REDIS" --out "$OUT/q" --jobs 1 --until-empty 2> /dev/null
      wait
    fi
    t1=$(now)
    done=$(find "$OUT/q" -name '*.jsonld' | wc -l)
    node bin/faktum.js queue status --redis "$REDIS" | head -1
    echo "round $r queue $mode: $(echo "$t1 - $t0" | bc) s, $(echo "$done / ($t1 - $t0)" | bc -l | cut -c1-5) docs/s ($done files; queue add $(echo "$a1 - $a0" | bc) s)"
  done
done
redis-cli -u "$REDIS" info memory | grep -E '^used_memory_human' || true
rm -rf "$OUT"
