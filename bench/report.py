"""Writes bench/REPORT.md (tables, every figure with its same-run reference)
and bench/report.png (gnuplot: QPS and p99 against archive size) from the
results run_bench.py collected. bench/findings.md, if present, is appended."""
import math
import os
import platform
import shutil
import statistics
import subprocess

POINT_LOOKUPS = ("GetDocument (basic)", "GetClaim", "GetSource")
# Served from indexes alone (GetSource reads its kept counter rows).
INDEXED = ("GetDocument (basic)", "GetClaim", "GetSource")


def qps(value):
    return f"{value:.0f}" if value >= 10 else f"{value:.2f}"


def mb(n):
    return f"{n / 1e6:.0f} MB" if n >= 1e7 else f"{n / 1e6:.1f} MB"


def ok(flag):
    return "yes" if flag else "**no**"


def machine(commit=None):
    model = "unknown CPU"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    commit = commit or subprocess.run(["git", "rev-parse", "--short", "HEAD"],
                                      capture_output=True, text=True,
                                      cwd=os.path.dirname(__file__)).stdout.strip()
    return f"{os.cpu_count()} cores ({model}), {platform.system()} {platform.release()}, commit {commit}"


def extraction_section(e, lines, goals, ingest_ref=None):
    one = e["mb"] / e["one_core_s"]
    cat = e["mb"] / e["cat_s"]
    peers = {name: p["mb_per_s"] for name, p in e["peers"].items()}
    fastest = max(peers.values()) if peers else 0
    lines += [
        "## 1. Extraction throughput", "",
        f"Corpus: `bench/gen_corpus.py --mb 6` (seed 7): {e['documents']} synthetic articles, "
        f"{e['mb']:.2f} MB of text ({e['rejected']} rejected). factwire is timed by wall clock "
        "for the whole process (start-up and JSON output into a file included), pinned to one CPU with "
        "`taskset`; \"all cores\" runs one process per core on disjoint shards. Peers run on "
        "the same documents, pinned to one core, timed inside the script around the "
        "extraction call only (model loading and a warm-up call left out, in their favour), "
        "each for a fixed time budget. Their rate is per second of wall time inside the "
        "loop, which on this busy machine understates them a little against the "
        "in-process factwire rows, which are per CPU second. The one-thread in-process row "
        "is `factwire-bench-extract` pinned to one core (parse, extract and records, as "
        "`factwire analyze` does before printing; best of the passes); the all-cores row "
        "is the CPU of §2's analysis alone (`factwire-bench-archive`: two threads, glibc's "
        "allocator as in `factwire-ingest`, every analyzed document kept in memory for the "
        "store step), the same code measured the way the ingest reference needs it.", "",
        "| extractor | MB/s | ÷ `cat` (same run) | factwire one core ÷ this |",
        "|---|---:|---:|---:|",
        f"| `cat` (read and write reference) | {cat:.1f} | 1 | {one / cat:.3f} |",
        f"| factwire analyze, one core | {one:.2f} | {one / cat:.4f} | 1 |",
        f"| factwire analyze, all cores ({e['all_cores']['processes']} processes) | "
        f"{e['all_cores']['mb_per_s']:.2f} | {e['all_cores']['mb_per_s'] / cat:.4f} | "
        f"{one / e['all_cores']['mb_per_s']:.2f} |"]
    inproc = None
    if e.get("in_process"):  # factwire-bench-extract, one thread pinned to one core
        ip = e["in_process"]
        inproc = ip["mb_per_cpu_s"]
        lines.append(f"| factwire extraction only, in-process, one thread, per CPU second "
                     f"({ip['documents']} docs, {ip['mb']:.1f} MB, no JSON) | "
                     f"{inproc:.2f} | {inproc / cat:.4f} | {one / inproc:.2f} |")
    if ingest_ref and ingest_ref.get("analyze_cpu_s"):
        all_ip = ingest_ref["mb"] / ingest_ref["analyze_cpu_s"]
        lines.append(f"| factwire extraction only, in-process, all cores, per CPU second "
                     f"({ingest_ref['documents']} docs, {ingest_ref['mb']:.1f} MB, no JSON) | "
                     f"{all_ip:.2f} | {all_ip / cat:.4f} | {one / all_ip:.2f} |")
        if inproc is None:  # results from before the one-thread row existed
            inproc = all_ip
    names = {"wink": "wink-nlp + wink-eng-lite-web-model",
             "compromise": "compromise", "recognizers": "@microsoft/recognizers-text-suite"}
    for name, rate in peers.items():
        p = e["peers"][name]
        lines.append(f"| {names.get(name, name)} ({p['documents']} docs, {mb(p['bytes'])}) | "
                     f"{rate:.3f} | {rate / cat:.5f} | {one / rate:.1f} |")
    lines += ["", f"factwire: {one / cat * 100:.2f}% of the speed of `cat` on one core; "
              f"{e['mb'] / e['one_core_cpu_s']:.2f} MB per CPU second.", ""]
    paired = paired_ratio(e, names, lines)
    goals.append(("extraction, one core (`analyze --jsonl`)", f"{one:.1f} MB/s", "≥ 20 MB/s",
                  one >= 20))
    if inproc:
        goals.append(("extraction, one core (in-process, no JSON)", f"{inproc:.1f} MB/CPU-s",
                      "≥ 20 MB/s", inproc >= 20))
    if fastest:
        goals.append(("`analyze --jsonl` vs fastest peer (§1 table)", f"{one / fastest:.1f}×",
                      "≥ 10×", one / fastest >= 10))
    if paired:
        goals.append((f"`analyze --jsonl` vs fastest peer, median of {paired[1]} back-to-back "
                      "pairs", f"{paired[0]:.1f}×", "≥ 10×", paired[0] >= 10))
        if inproc:
            goals.append(("in-process extraction vs fastest peer (both without I/O)",
                          f"{inproc / fastest:.1f}×", "≥ 10×", inproc / fastest >= 10))


def paired_ratio(e, names, lines):
    """The back-to-back pairs of `analyze --jsonl` and the fastest peer (run_bench.py
    paired_rounds), as a table in `lines`; (median ratio, pairs), or None before they
    existed."""
    p = e.get("paired")
    if not p or not p.get("rounds"):
        return None
    ratios = [r["factwire_mb_per_s"] / r["peer_mb_per_s"] for r in p["rounds"]]
    lines += [f"Back-to-back pairs: one pass of `analyze --jsonl` (one core, as above) and one "
              f"of {names.get(p['peer'], p['peer'])}, {len(ratios)} times, the order "
              "alternating, so that each ratio is read in one state of the host (the rows "
              "above are measured minutes apart, and this host's speed drifts by up to a "
              "third within a run).", "",
              "| pair | factwire MB/s | peer MB/s | ratio |", "|---:|---:|---:|---:|"]
    for i, (r, ratio) in enumerate(zip(p["rounds"], ratios), 1):
        lines.append(f"| {i} | {r['factwire_mb_per_s']:.2f} | {r['peer_mb_per_s']:.3f} | "
                     f"{ratio:.1f}× |")
    median = statistics.median(ratios)
    lines += ["", f"Median {median:.1f}× (range {min(ratios):.1f}–{max(ratios):.1f}×).", ""]
    return median, len(ratios)


def ingest_section(i, lines, goals):
    ref = i["reference"]
    unary = i["unary"]
    m = i["memory"]
    put = ref["put_docs_per_s"]
    analyze = ref["analyze_docs_per_s"]
    serial = 1 / (1 / put + 1 / analyze)
    lines += [
        "## 2. Ingest end to end", "",
        f"{i['documents']} documents of the same corpus. IngestDocument: "
        f"`factwire-bench-load --once`, {unary.get('in_flight', 8)} unary calls in flight, "
        "into a fresh SQLite store; StreamIngestDocuments: the same number of streams, "
        "with one request or several unanswered per stream (`--stream_window`). "
        "The service analyzes on all cores and stores through one writer thread that "
        "commits whatever documents are ready in one transaction (group commit). "
        "References, same documents, same run (`factwire-bench-archive`): the analyzer "
        "in-process on all cores, raw `Store::Put` of the analyzed records (one "
        "transaction per document) and `Store::PutBatch` (one transaction per "
        f"{ref.get('put_batch', '?')} documents).", "",
        "| path | docs/s | ÷ raw Put | ÷ analysis alone | p50 ms | p99 ms |",
        "|---|---:|---:|---:|---:|---:|",
        f"| IngestDocument (gRPC, analyze + store) | {unary['qps']:.0f} | "
        f"{unary['qps'] / put:.2f} | {unary['qps'] / analyze:.2f} | {unary['p50_ms']:.2f} | "
        f"{unary['p99_ms']:.2f} |",
    ]
    stream = i.get("stream")
    streams = [(stream, "one request unanswered each")] if stream else []
    pipelined = i.get("stream_pipelined")
    if pipelined:
        streams.append((pipelined, f"{pipelined.get('stream_window')} requests unanswered each"))
    for row, how in streams:
        lines.append(f"| StreamIngestDocuments ({row.get('in_flight')} streams, {how}) | "
                     f"{row['qps']:.0f} | {row['qps'] / put:.2f} | {row['qps'] / analyze:.2f} | "
                     f"{row['p50_ms']:.2f} | {row['p99_ms']:.2f} |")
    batch = ref.get("put_batch_docs_per_s")
    lines += [
        f"| analysis alone, in-process, all cores | {analyze:.0f} | {analyze / put:.2f} | 1 | | |",
        f"| raw Store::Put, one writer | {put:.0f} | 1 | {put / analyze:.2f} | | |"]
    if batch:
        lines.append(f"| raw Store::PutBatch ({ref.get('put_batch')} per transaction), one "
                     f"writer | {batch:.0f} | {batch / put:.2f} | {batch / analyze:.2f} | | |")
    lines += [
        f"| analysis then Put, serial (computed) | {serial:.0f} | {serial / put:.2f} | "
        f"{serial / analyze:.2f} | | |", ""]
    best = max((row["qps"] for row, _ in streams), default=0)
    if streams:
        goals.append(("streaming ingest ÷ extraction alone", f"{best / analyze:.2f}", "≥ 0.70",
                      best / analyze >= 0.7))
    if unary["errors"]:
        lines += [f"IngestDocument errors: {unary['errors']} (first: {unary.get('first_error')})", ""]
    for row, how in streams:
        if row["errors"]:
            lines += [f"StreamIngestDocuments ({how}) errors: {row['errors']} "
                      f"(first: {row.get('first_error')})", ""]
    if not i.get("stream_rpc_in_proto"):
        lines += ["StreamIngestDocuments had not landed in the proto: not measured.", ""]
    cpu = (f"CPU per document in the references: analysis "
           f"{ref['analyze_cpu_s'] / i['documents'] * 1e3:.3f} ms, "
           f"Put {ref['put_cpu_s'] / i['documents'] * 1e3:.3f} ms (wall {1e3 / put:.2f} ms)")
    if batch and ref.get("put_batch_cpu_s"):
        cpu += (f", PutBatch {ref['put_batch_cpu_s'] / i['documents'] * 1e3:.3f} ms "
                f"(wall {1e3 / batch:.2f} ms)")
    lines += [cpu + "."]
    if "json_print_s" in ref:
        lines += [f"Printing the same documents as JSON (one thread, as `analyze --jsonl` does): "
                  f"{ref['json_print_primitive_s'] / i['documents'] * 1e3:.3f} ms/doc with "
                  f"`always_print_primitive_fields`, {ref['json_print_s'] / i['documents'] * 1e3:.3f} "
                  f"ms/doc without: {ref['json_print_primitive_s'] / ref['analyze_cpu_s']:.1f}× and "
                  f"{ref['json_print_s'] / ref['analyze_cpu_s']:.1f}× the analysis CPU."]
    lines.append("")
    per_doc = (m["peak_rss"] - m["idle_rss"]) / max(1, i["documents"])
    lines += [f"Per document ingested: {m['cpu_s'] / i['documents'] * 1e3:.2f} ms of "
              f"factwire-ingest CPU, {m['store_bytes'] / i['documents'] / 1e3:.1f} kB of "
              f"SQLite file, {per_doc / 1e3:.1f} kB of peak-RSS growth "
              f"(idle {mb(m['idle_rss'])}, peak {mb(m['peak_rss'])}).", ""]


def query_section(q, lines, goals):
    sizes = sorted(q["sizes"], key=int)
    echo = q["echo"]
    lines += [
        "## 3. Query latency and throughput", "",
        *([f"Measured on {q['started']} at commit {q['commit']} (this section may be newer "
           "than the others: `run_bench.py --only query,unloaded`).", ""]
          if q.get("commit") else []),
        "Archives: `gen_corpus.py --docs N --seed 11`, analyzed in-process and stored with "
        "raw `Store::Put` (`factwire-bench-archive`). Load: `factwire-bench-load`, callback "
        f"generic stub, {q.get('in_flight', 32)} calls in flight over 2 connections, fixed "
        "duration after a 1 s "
        "warm-up, on loopback, client and server sharing the 2 cores. Reference: "
        "`factwire-bench-echo`, the same QueryService on the same `server/` runtime and "
        "options (interceptors, access log, health, reflection) answering empty responses "
        "without a store, loaded with the same requests in the same run.", "",
        "Requests: point lookups cycle over ~2,000 ids sampled across the archive; "
        "SearchClaims (name) searches one of 500 generated surnames (hits grow with the "
        "archive); SearchClaims (topic) one of 8 topic words (each in ~1/8 of sentences); "
        "ListFigures (filter) `subject:\"jobs\" AND dimension = COUNT` and the like, "
        "default page size.", "",
        "Server CPU is factwire-query's (or the echo server's) user+sys time during the "
        "run divided by the calls (warm-up calls estimated at the measured rate).", "",
        "| archive | rpc | QPS | ÷ echo QPS | p50 ms | p99 ms | server CPU µs/call | ÷ echo CPU | resp. bytes | errors |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for rpc, e in echo.items():
        lines.append(f"| echo | {rpc} | {e['qps']:.0f} | 1 | {e['p50_ms']:.2f} | "
                     f"{e['p99_ms']:.2f} | {e.get('server_cpu_us', 0):.0f} | 1 | "
                     f"{e['response_bytes']:.0f} | {e['errors']} |")
    for size in sizes:
        for rpc, r in q["sizes"][size]["rpcs"].items():
            ratio = r["qps"] / echo[rpc]["qps"] if echo.get(rpc, {}).get("qps") else 0
            err = f"{r['errors']}" + (f" ({r['first_error'][:60]})" if r["errors"] else "")
            cpu = r.get("server_cpu_us", 0)
            echo_cpu = echo.get(rpc, {}).get("server_cpu_us", 0)
            lines.append(f"| {int(size):,} | {rpc} | {qps(r['qps'])} | {ratio:.2g} | "
                         f"{r['p50_ms']:.2f} | {r['p99_ms']:.2f} | {cpu:.0f} | "
                         f"{cpu / echo_cpu if echo_cpu else 0:.1f} | {r['response_bytes']:.0f} | "
                         f"{err} |")
    lines.append("")
    largest = q["sizes"][sizes[-1]]["rpcs"]
    for rpc in POINT_LOOKUPS:
        if rpc in largest and echo.get(rpc, {}).get("qps"):
            ratio = largest[rpc]["qps"] / echo[rpc]["qps"]
            goals.append((f"{rpc} QPS ÷ echo QPS at {int(sizes[-1]):,} docs", f"{ratio:.2f}",
                          "≥ 0.5", ratio >= 0.5 and not largest[rpc]["errors"]))
    search = largest.get("SearchClaims (name)")
    if search:
        goals.append((f"SearchClaims p99 at {int(sizes[-1]):,} docs, "
                      f"{q.get('in_flight', 32)} in flight (load generator saturating)",
                      f"{search['p99_ms']:.2f} ms (name), "
                      f"{largest['SearchClaims (topic)']['p99_ms']:.1f} ms (topic)",
                      "< 10 ms", search["p99_ms"] < 10))
    scaling(q, sizes, lines, goals)


def scaling(q, sizes, lines, goals):
    if len(sizes) < 2:
        return
    lo, hi = sizes[0], sizes[-1]
    log_ratio = math.log(int(hi)) / math.log(int(lo))
    lines += [f"Growth of p50 from {int(lo):,} to {int(hi):,} documents "
              f"(log(size) grows {log_ratio:.2f}×; size grows {int(hi) / int(lo):.0f}×):", "",
              "| rpc | p50 ratio | no faster than log(size)? |", "|---|---:|---|"]
    worst = 0
    for rpc in q["sizes"][hi]["rpcs"]:
        a = q["sizes"][lo]["rpcs"][rpc]["p50_ms"]
        b = q["sizes"][hi]["rpcs"][rpc]["p50_ms"]
        ratio = b / a if a else float("inf")
        indexed = rpc in INDEXED
        if indexed:
            worst = max(worst, ratio)
        note = "" if indexed else " (not a point lookup)"
        lines.append(f"| {rpc}{note} | {ratio:.2f} | {ok(ratio <= log_ratio)} |")
    lines.append("")
    goals.append(("p50 growth of indexed lookups (GetDocument basic, GetClaim, GetSource)", f"{worst:.2f}× (log bound {log_ratio:.2f}×)",
                  "≤ log(size)", worst <= log_ratio))


def unloaded_section(u, lines, goals):
    sizes = sorted(u.get("sizes", {}), key=int)
    if not sizes or "in_flight" not in u:
        return
    levels = [str(n) for n in u["in_flight"]]
    rpcs = list(u["sizes"][sizes[0]][levels[0]])
    lines += ["Low concurrency: the same requests with few calls in flight (one connection "
              "for one call, two otherwise), so the load generator does not saturate the "
              "two shared cores and p99 is service time plus little queueing. "
              "p50 / p99 ms, and QPS ÷ echo QPS at the same concurrency:", "",
              "| rpc | in flight | echo | " + " | ".join(f"{int(s):,} docs" for s in sizes)
              + " |", "|---|---:|---:|" + "---:|" * len(sizes)]
    for rpc in rpcs:
        for n in levels:
            e = u["echo"].get(n, {}).get(rpc)
            cells = []
            for s in sizes:
                r = u["sizes"][s][n][rpc]
                ratio = r["qps"] / e["qps"] if e and e["qps"] else 0
                err = f", {r['errors']} errors" if r["errors"] else ""
                cells.append(f"{r['p50_ms']:.2f} / {r['p99_ms']:.2f} ({ratio:.2g}{err})")
            echo_cell = f"{e['p50_ms']:.2f} / {e['p99_ms']:.2f}" if e else ""
            lines.append(f"| {rpc} | {n} | {echo_cell} | " + " | ".join(cells) + " |")
    lines.append("")
    # Judged at the highest low concurrency (4: more calls than cores, load generator
    # not saturating).
    judge = levels[-1]
    largest = u["sizes"][sizes[-1]][judge]
    worst = max((largest[r]["p99_ms"] for r in largest if r.startswith("SearchClaims")),
                default=None)
    if worst is not None:
        detail = ", ".join(f"{largest[r]['p99_ms']:.2f} ms ({r.split('(')[-1].rstrip(')')})"
                           for r in largest if r.startswith("SearchClaims"))
        goals.append((f"SearchClaims p99 at {int(sizes[-1]):,} docs, {judge} in flight",
                      detail, "< 10 ms", worst < 10))


def memory_section(results, lines):
    lines += ["## 4. Memory", "",
              "Peak RSS is VmHWM from /proc/PID/status, read after the load. It counts the "
              "pages of the SQLite file that factwire-query maps (`mmap_size` on its read "
              "connections), which are the kernel's shared page cache, not memory of the "
              "process; the private column is RssAnon (heap, stacks, SQLite page caches) "
              "at the same moment.", "",
              "| service | archive | idle RSS | peak RSS | private after load | store file |",
              "|---|---|---:|---:|---:|---:|"]
    if "ingest" in results:
        m = results["ingest"]["memory"]
        lines.append(f"| factwire-ingest | {results['ingest']['documents']:,} docs ingested | "
                     f"{mb(m['idle_rss'])} | {mb(m['peak_rss'])} | {mb(m.get('anon_rss', 0))} | "
                     f"{mb(m['store_bytes'])} |")
    for size, s in sorted(results.get("query", {}).get("sizes", {}).items(), key=lambda x: int(x[0])):
        lines.append(f"| factwire-query | {int(size):,} docs | {mb(s['idle_rss'])} | "
                     f"{mb(s['peak_rss'])} | {mb(s.get('anon_rss', 0))} | {mb(s['store_bytes'])} |")
    lines.append("")
    builds = results.get("query", {}).get("sizes", {})
    if builds:
        lines += ["Archive builds (in-process analyze on all cores, then Put):", "",
                  "| archive | analyze s | Put s | Put docs/s | Put CPU ms/doc | bytes/doc |",
                  "|---|---:|---:|---:|---:|---:|"]
        for size, s in sorted(builds.items(), key=lambda x: int(x[0])):
            b = s["archive"]
            if "analyze_s" not in b:
                lines.append(f"| {int(size):,} | reused, build not measured | | | | |")
                continue
            lines.append(f"| {int(size):,} | {b['analyze_s']:.1f} | {b['put_s']:.1f} | "
                         f"{b['put_docs_per_s']:.0f} | {b.get('put_cpu_s', 0) / b['stored'] * 1e3:.2f} | "
                         f"{b['store_bytes'] / b['stored']:.0f} |")
        lines.append("")


def plot(q, here, out):
    """report.png via gnuplot; returns False when gnuplot is missing."""
    if not shutil.which("gnuplot") or not q.get("sizes"):
        return False
    rpcs = list(next(iter(q["sizes"].values()))["rpcs"])
    with open(os.path.join(out, "query.dat"), "w") as data:
        for index, rpc in enumerate(rpcs):
            data.write(f'# "{rpc}"\n')
            for size in sorted(q["sizes"], key=int):
                r = q["sizes"][size]["rpcs"][rpc]
                data.write(f"{size} {r['qps']:.1f} {r['p99_ms']:.3f}\n")
            data.write("\n\n")
    plots = lambda col: ", ".join(  # noqa: E731
        f"'{out}/query.dat' index {i} using 1:{col} with linespoints lw 2 title '{rpc}'"
        for i, rpc in enumerate(rpcs))
    echo = [e["qps"] for e in q.get("echo", {}).values() if e.get("qps")]
    ceiling = (f", {sum(echo) / len(echo):.0f} with lines dt 2 lc 'black' "
               "title 'echo server (mean over rpcs)'") if echo else ""
    sizes = [int(size) for size in q["sizes"]]
    script = f"""
set terminal pngcairo size 1400,560 font ',10' noenhanced
set output '{here}/report.png'
set multiplot layout 1,2 title 'factwire-query on {os.cpu_count()} cores (loopback, 32 in flight)'
set logscale x; set grid; set xlabel 'archive size (documents)'
set xrange [{min(sizes) / 1.5}:{max(sizes) * 1.5}]
set format x '%.0s%c'
set ylabel 'QPS'; set logscale y; set title 'throughput'; set key bottom left
plot {plots(2)}{ceiling}
set ylabel 'p99 latency (ms)'; set title 'p99 latency'; set key top left
plot {plots(3)}
unset multiplot
"""
    return subprocess.run(["gnuplot"], input=script, text=True).returncode == 0


def build_note(pgo):
    """How the measured binaries were built (run_bench.py's pgo_mode())."""
    if pgo == "USE":
        return ("Binaries built as `scripts/demo.sh` builds them, with `scripts/build.sh --pgo` "
                "(profile-guided: trained on the repository's test articles, not on this "
                "corpus).")
    return f"Binaries built without profile-guided optimisation (FACTWIRE_PGO={pgo or 'OFF'})."


def write(results, here, out):
    lines = ["# factwire benchmarks", "",
             f"Generated by `bench/run.sh{' --quick' if results.get('mode') == 'quick' else ''}` "
             f"on {results.get('started')}: {machine(results.get('commit'))}. The machine is shared with other "
             "work, so every figure stands beside a reference measured in the same run; "
             "compare the ratios, not the absolute numbers, across runs. "
             + build_note(results.get("pgo")), ""]
    goals, body = [], []
    if "extract" in results:
        extraction_section(results["extract"], body, goals,
                           results.get("ingest", {}).get("reference"))
    if "ingest" in results:
        ingest_section(results["ingest"], body, goals)
    if "query" in results:
        query_section(results["query"], body, goals)
    if results.get("unloaded"):
        unloaded_section(results["unloaded"], body, goals)
    memory_section(results, body)
    lines += ["## Targets", "", "| target | measured | goal | met |", "|---|---|---|---|"]
    lines += [f"| {name} | {value} | {goal} | {ok(met)} |" for name, value, goal, met in goals]
    lines += [""] + body
    if plot(results.get("query", {}), here, out):
        lines += ["## 5. Plot", "", "![QPS and p99 against archive size](report.png)", ""]
    findings = os.path.join(here, "findings.md")
    if os.path.exists(findings):
        lines += [open(findings).read().rstrip(), ""]
    with open(os.path.join(here, "REPORT.md"), "w") as report:
        report.write("\n".join(lines))
    print(f"wrote {os.path.join(here, 'REPORT.md')}")
