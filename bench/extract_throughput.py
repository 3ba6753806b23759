#!/usr/bin/env python3
"""Extraction throughput of `factwire analyze --jsonl` on one core.

Generates the seeded corpus (gen_corpus.py) unless --corpus is given, runs the
extractor pinned to one CPU (taskset) --runs times, and reports article megabytes
per second of wall time and per CPU second (user+sys of the child, steadier on a
shared machine). Output goes into a temporary file (the writes are timed; a Python
reader draining a pipe would be slower than the extractor). The reference row is
`cat` of the same input in the same run: the floor of reading and writing the bytes. bench/run.sh runs this measurement
(and more: all cores, peer extractors) through run_bench.py.

Usage: bench/extract_throughput.py [--binary build/cli/factwire] [--mb 6] [--runs 3]
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from bench_lib import measure  # noqa: E402


def pin(cpu=0):
    return ["taskset", "-c", str(cpu)] if shutil.which("taskset") else []


def best_of(cmd, corpus, runs):
    """The fastest of `runs` runs, output into a file: (wall s, CPU s, stdout of the
    last run)."""
    best_wall, best_cpu, out = float("inf"), float("inf"), b""
    for _ in range(runs):
        wall, cpu, out, _ = measure(cmd, corpus, stdout_to_file=True)
        best_wall, best_cpu = min(best_wall, wall), min(best_cpu, cpu)
    return best_wall, best_cpu, out


def corpus_mb(corpus):
    docs = [json.loads(line) for line in open(corpus, encoding="utf-8") if line.strip()]
    return len(docs), sum(len(d["content"].encode("utf-8")) for d in docs) / 1e6


def one_core(binary, corpus, runs):
    """{"cat": (wall, cpu), "factwire": (wall, cpu), "rejected": n}."""
    rows = {"cat": best_of(pin() + ["cat"], corpus, runs)[:2]}
    wall, cpu, out = best_of(pin() + [binary, "analyze", "--jsonl"], corpus, runs)
    rows["factwire"] = (wall, cpu)
    rows["rejected"] = sum(1 for line in out.splitlines() if b'"error"' in line[:200])
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--binary", default="build/cli/factwire")
    ap.add_argument("--corpus", help="JSONL corpus (default: generate one)")
    ap.add_argument("--mb", type=float, default=6.0)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    corpus = args.corpus
    if not corpus:
        corpus = os.path.join(tempfile.mkdtemp(), "corpus.jsonl")
        with open(corpus, "w") as out:
            subprocess.run([sys.executable, os.path.join(HERE, "gen_corpus.py"),
                            "--mb", str(args.mb)], stdout=out, check=True)
    docs, mb = corpus_mb(corpus)
    rows = one_core(args.binary, corpus, args.runs)
    print(f"documents: {docs}, article text: {mb:.2f} MB, rejected: {rows['rejected']}")
    print("| command | wall s | MB/s (wall) | MB/s per CPU s |")
    print("|---|---|---|---|")
    for name in ("cat", "factwire"):
        wall, cpu = rows[name]
        per_cpu = mb / cpu if cpu > 0 else float("inf")
        print(f"| {name} | {wall:.3f} | {mb / wall:.1f} | {per_cpu:.1f} |")
    wall_f = rows["factwire"][0]
    print(f"\nfactwire at {mb / wall_f:.1f} MB/s on one core "
          f"({rows['cat'][0] / wall_f:.3f}x the `cat` reference)")


if __name__ == "__main__":
    main()
