"""
VADER as published (Hutto & Gilbert 2014), through NLTK's port of the Python reference, on the same lexicon file
the vader-sentiment npm package ships, for comparison with the JS port the evaluation uses. Not part of
`npm run eval:sentiment` (it needs Python): a one-off check, quoted in RESULTS.md.

  apt-get install -y python3-nltk
  /usr/bin/python3 tests/eval/nltk-vader.py tests/fixtures/tweets/tweets_GroundTruth.txt > /tmp/nltk-tweets.tsv

Prints "id<TAB>compound" per text of an "id<TAB>mean rating<TAB>text" file.
"""
import sys
import tempfile
from pathlib import Path

from nltk.sentiment.vader import SentimentIntensityAnalyzer

ROOT = Path(__file__).resolve().parents[2]
# NLTK splits the file on "\n" and expects two tab-separated fields on every piece: no blank lines, no final newline.
lines = [l for l in (ROOT / "node_modules/vader-sentiment/vader_lexicon.txt").read_text("utf8").split("\n") if "\t" in l]
with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf8") as lex:
    lex.write("\n".join(lines))
analyzer = SentimentIntensityAnalyzer(lexicon_file=f"file:{lex.name}")

for line in Path(sys.argv[1]).read_text("utf8").splitlines():
    if not line.strip() or line.startswith("#"):
        continue
    text_id, _rating, text = line.split("\t", 2)
    print(f"{text_id}\t{analyzer.polarity_scores(text)['compound']}")
