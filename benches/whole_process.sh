#!/usr/bin/env bash
# Whole-process speed, side by side in one run: the newswire CLI against the regex script a
# user would write (benches/regex_baseline.py), over one JSON Lines corpus.
#   benches/whole_process.sh [CORPUS.jsonl] [THREADS]
# Prints MB/s of article text for each, and the ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus/polnear-attributions.jsonl}
threads=${2:-1}
cargo build --release --quiet --bins
bytes=$(python3 -c 'import json,sys; print(sum(len(json.loads(l)["text"].encode()) for l in open(sys.argv[1])))' "$corpus")
time_it() { local t0 t1; t0=$(date +%s%N); "$@" < "$corpus" > /dev/null || true; t1=$(date +%s%N); echo $(( t1 - t0 )); }
# one warm-up read of the file, then the best of three runs each
cat "$corpus" > /dev/null
best() { local b=0 t; for _ in 1 2 3; do t=$(time_it "$@"); if [ "$b" = 0 ] || [ "$t" -lt "$b" ]; then b=$t; fi; done; echo "$b"; }
ns_nw=$(best target/release/newswire parse --jsonl --threads "$threads")
ns_re=$(best python3 benches/regex_baseline.py)
python3 - "$bytes" "$ns_nw" "$ns_re" "$corpus" "$threads" <<'PY'
import sys
b, nw, rx, corpus, th = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
mbs = lambda ns: b / 1e6 / (ns / 1e9)
print(f"corpus {corpus}: {b/1e6:.2f} MB of text")
print(f"newswire parse --jsonl --threads {th}: {nw/1e9:.3f} s, {mbs(nw):.1f} MB/s")
print(f"regex baseline (python3):           {rx/1e9:.3f} s, {mbs(rx):.1f} MB/s")
print(f"ratio: {rx/nw:.1f}x")
PY
