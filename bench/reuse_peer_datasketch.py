"""Peer for bench/reuse-peer.ts: datasketch MinHash (128 permutations) + MinHashLSH, insert and query.

Reads documents (one JSON string per line) from stdin, times sketch+index+query over all of them on one
core, and prints one JSON line: {"docs", "seconds", "candidates"}. The datasketch source folder is the first
argument (newsfuse never vendors it); numpy comes from Debian's python3-numpy.
"""
import json
import re
import sys
import time

sys.path.insert(0, sys.argv[1])
from datasketch import MinHash, MinHashLSH  # noqa: E402

WORD = re.compile(r"\w+")


def shingles(text):
    words = WORD.findall(text.lower())
    return {" ".join(words[i : i + 3]).encode("utf8") for i in range(len(words) - 2)}


def main():
    docs = [json.loads(line) for line in sys.stdin]
    lsh = MinHashLSH(threshold=0.3, num_perm=128)
    candidates = 0
    t0 = time.process_time()
    for i, text in enumerate(docs):
        m = MinHash(num_perm=128)
        m.update_batch(list(shingles(text)))
        candidates += len(lsh.query(m))
        lsh.insert(str(i), m)
    seconds = time.process_time() - t0
    print(json.dumps({"docs": len(docs), "seconds": seconds, "candidates": candidates}))


main()
