"""Selects the sentences of the real-news NER sets (issue 16): 425 of each Leipzig news year, in order.

The first 300 of a year are the development set (corpus/ner/leipzig-<year>.gold.json), the next 125 the
held-out test set (corpus/ner/leipzig-<year>.test.json); self-training leaves all of them out.

Python's random module (the linking gold used it too), seeded by year; sentences of the linking gold
(corpus/links/leipzig-2020.gold.json) are left out so the two sets do not overlap. Prints JSON:
{"2015": [ids...], "2020": [ids...]}; ids are the 2015 file's first column and the 2020 file's 1-based data row.
Run: python3 scripts/gold/select-realnews.py > corpus/ner/selection.json
"""
import json
import random

link_gold = set(json.load(open('corpus/links/leipzig-2020.gold.json'))['sentences'])
out = {}
for year, ids in (('2015', range(1, 9991)), ('2020', range(1, 10001))):
    rng = random.Random(int(year) * 7 + 16)
    picked = [i for i in rng.sample(list(ids), 900) if not (year == '2020' and i in link_gold)][:425]
    out[year] = picked
print(json.dumps(out))
