#!/usr/bin/env python3
"""Extraction throughput of `factwire analyze --jsonl` on one core.

Generates the seeded corpus (gen_corpus.py) unless --corpus is given, runs the
extractor pinned to one CPU (taskset) --runs times, and reports article megabytes
per second of wall time and per CPU second (user+sys of the child, steadier on a
shared machine). The reference row is `cat` of the same input in the same run: the
floor of reading the bytes through a pipe.

Usage: bench/extract_throughput.py [--binary build/cli/factwire] [--mb 6] [--runs 3]
"""
import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def run(cmd, corpus):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    with open(corpus, "rb") as stdin:
        proc = subprocess.run(cmd, stdin=stdin, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, check=False)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if proc.returncode != 0:
        sys.exit(f"{cmd[0]} exited {proc.returncode}: {proc.stderr.decode()[-2000:]}")
    return wall, cpu, proc.stdout


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
    docs = [json.loads(line) for line in open(corpus, encoding="utf-8") if line.strip()]
    mb = sum(len(d["content"].encode("utf-8")) for d in docs) / 1e6
    pin = ["taskset", "-c", "0"] if shutil.which("taskset") else []
    rows = {}
    for name, cmd in (("cat (reference)", pin + ["cat"]),
                      ("factwire analyze --jsonl", pin + [args.binary, "analyze", "--jsonl"])):
        best_wall, best_cpu = float("inf"), float("inf")
        for _ in range(args.runs):
            wall, cpu, out = run(cmd, corpus)
            best_wall, best_cpu = min(best_wall, wall), min(best_cpu, cpu)
        rows[name] = (best_wall, best_cpu)
        if name.startswith("factwire"):
            errors = sum(1 for line in out.splitlines() if b'"error"' in line[:200])
            print(f"documents: {len(docs)}, article text: {mb:.2f} MB, rejected: {errors}")
    print(f"| command | wall s | MB/s (wall) | MB/s per CPU s |")
    print(f"|---|---|---|---|")
    for name, (wall, cpu) in rows.items():
        per_cpu = mb / cpu if cpu > 0 else float("inf")
        print(f"| {name} | {wall:.3f} | {mb / wall:.1f} | {per_cpu:.1f} |")
    wall_f = rows["factwire analyze --jsonl"][0]
    print(f"\nfactwire at {mb / wall_f:.1f} MB/s on one core "
          f"({rows['cat (reference)'][0] / wall_f:.3f}x the pipe-read reference)")


if __name__ == "__main__":
    main()
