#!/usr/bin/env python3
"""Runs every factwire benchmark and writes bench/REPORT.md and bench/report.png.

Sections (each measured beside a reference from the same run, since the machine
is shared and noisy):
  1. extraction: `factwire analyze --jsonl` on one core and on all cores
     (one process per core on disjoint shards) vs `cat` and peer extractors
  2. ingest: IngestDocument (concurrent unary calls) vs in-process analysis
     alone and raw Store::Put of the same documents
  3. query: QPS and latency per RPC at several archive sizes vs an echo server
     on the same server runtime
  4. memory: peak RSS (VmHWM) of each service and its private part (RssAnon) after the load
Called by bench/run.sh, which builds the binaries first.
"""
import argparse
import base64
import json
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import bench_lib  # noqa: E402
import extract_throughput  # noqa: E402
import gen_corpus  # noqa: E402
import report  # noqa: E402

PEERS = ["wink", "compromise", "recognizers"]


def gen(path, *args):
    if not os.path.exists(path):
        with open(path + ".tmp", "w") as out:
            subprocess.run([sys.executable, os.path.join(HERE, "gen_corpus.py"), *args],
                           stdout=out, check=True)
        os.rename(path + ".tmp", path)
    return path


def extraction(a, corpus):
    docs, mb = extract_throughput.corpus_mb(corpus)
    cli = os.path.join(a.build, "cli", "factwire")
    rows = extract_throughput.one_core(cli, corpus, a.runs)
    result = {"documents": docs, "mb": mb, "rejected": rows["rejected"],
              "cat_s": rows["cat"][0], "one_core_s": rows["factwire"][0],
              "one_core_cpu_s": rows["factwire"][1]}
    result["all_cores"] = all_cores(cli, corpus, mb)
    result["in_process"] = in_process(a, corpus)
    result["peers"] = {}
    for peer in PEERS:
        summary = run_peer(a, peer, corpus)
        result["peers"][peer] = summary
        print(f"  peer {peer}: {summary['mb_per_s']:.3f} MB/s", flush=True)
    fastest = max(result["peers"], key=lambda name: result["peers"][name]["mb_per_s"])
    result["paired"] = paired_rounds(a, cli, corpus, mb, fastest)
    print(f"  factwire: {mb / result['one_core_s']:.1f} MB/s one core, "
          f"{result['all_cores']['mb_per_s']:.1f} MB/s all cores", flush=True)
    return result


def run_peer(a, peer, corpus):
    """One pinned pass of a peer extractor over `corpus` (at most `a.peer_seconds` of
    extraction time): its summary line plus mb_per_s."""
    cmd = extract_throughput.pin() + ["node", os.path.join(HERE, "peers", peer + ".js"),
                                       "--max-seconds", str(a.peer_seconds)]
    _, _, _, err = bench_lib.measure(cmd, corpus)
    summary = json.loads(err.decode().strip().splitlines()[-1])
    summary["mb_per_s"] = summary["bytes"] / 1e6 / summary["seconds"]
    return summary


def paired_rounds(a, cli, corpus, mb, peer):
    """`analyze --jsonl` (one pass, pinned, as the one-core row) and `peer` back to back,
    `a.pairs` times, the order alternating: each pair's ratio is read in one state of
    the host, so a host that slows down or speeds up during the run moves both sides
    of it. A list of {"factwire_mb_per_s", "peer_mb_per_s"}."""
    rounds = []
    for i in range(a.pairs):
        def ours():
            wall, _, _, _ = bench_lib.measure(
                extract_throughput.pin() + [cli, "analyze", "--jsonl"], corpus,
                stdout_to_file=True)
            return mb / wall
        if i % 2 == 0:
            fw, theirs = ours(), run_peer(a, peer, corpus)["mb_per_s"]
        else:
            theirs, fw = run_peer(a, peer, corpus)["mb_per_s"], ours()
        rounds.append({"factwire_mb_per_s": fw, "peer_mb_per_s": theirs})
        print(f"  pair {i + 1}: factwire {fw:.1f} MB/s, {peer} {theirs:.3f} MB/s, "
              f"{fw / theirs:.1f}x", flush=True)
    return {"peer": peer, "rounds": rounds}


def in_process(a, corpus):
    """factwire-bench-extract pinned to one core: parse + extract + records on one
    thread, no JSON, best of `runs` passes; its JSON line (mb_per_cpu_s, ...)."""
    cmd = extract_throughput.pin() + [os.path.join(a.build, "bench", "factwire-bench-extract"),
                                       f"--corpus={corpus}", f"--repeat={a.runs}"]
    out = subprocess.run(cmd, stdout=subprocess.PIPE, check=True, timeout=900).stdout
    result = json.loads(out)
    print(f"  factwire in-process: {result['mb_per_cpu_s']:.1f} MB per CPU second", flush=True)
    return result


def all_cores(cli, corpus, mb):
    """One analyze process per core, each on its own shard, pinned; wall of the slowest."""
    cores = os.cpu_count() or 1
    lines = open(corpus, encoding="utf-8").read().splitlines(keepends=True)
    shards = []
    for i in range(cores):
        path = f"{corpus}.shard{i}"
        with open(path, "w", encoding="utf-8") as out:
            out.writelines(lines[i::cores])
        shards.append(path)
    t0 = time.perf_counter()
    procs = [subprocess.Popen(extract_throughput.pin(i) + [cli, "analyze", "--jsonl"],
                              stdin=open(path, "rb"), stdout=subprocess.DEVNULL)
             for i, path in enumerate(shards)]
    codes = [p.wait(timeout=900) for p in procs]
    wall = time.perf_counter() - t0
    if any(codes):
        sys.exit(f"analyze shards exited {codes}")
    return {"processes": cores, "wall_s": wall, "mb_per_s": mb / wall}


def archive(a, corpus, limit, store, targets=None, threads=None, extra=()):
    """Runs factwire-bench-archive; returns its JSON line plus wall seconds."""
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(store + suffix):
            os.remove(store + suffix)
    cmd = [os.path.join(a.build, "bench", "factwire-bench-archive"), f"--corpus={corpus}",
           f"--store={store}", f"--limit={limit}", f"--threads={threads or os.cpu_count()}"]
    if targets:
        cmd.append(f"--targets={targets}")
    cmd += list(extra)
    t0 = time.perf_counter()
    out = subprocess.run(cmd, stdout=subprocess.PIPE, check=True, timeout=7200).stdout
    result = json.loads(out)
    result["wall_s"] = time.perf_counter() - t0
    return result


def load(a, port, method, request_type, requests, **flags):
    cmd = [os.path.join(a.build, "bench", "factwire-bench-load"), f"--target=127.0.0.1:{port}",
           f"--method={method}", f"--request_type={request_type}", f"--requests={requests}"]
    cmd += [f"--{k}={v}" for k, v in flags.items()]
    out = subprocess.run(cmd, stdout=subprocess.PIPE, check=True, timeout=3600).stdout
    return json.loads(out)


def write_lines(path, objects):
    with open(path, "w") as out:
        for obj in objects:
            out.write(json.dumps(obj) + "\n")
    return path


def ingest(a, corpus):
    docs = [json.loads(line) for line in open(corpus, encoding="utf-8")][:a.ingest_docs]
    result = {"documents": len(docs),
              "reference": archive(a, corpus, len(docs), os.path.join(a.out, "ingest-ref.db"),
                                   extra=["--json_print", f"--batch={INGEST_BATCH}"])}
    requests = write_lines(os.path.join(a.out, "ingest-requests.jsonl"), (
        {"content": base64.b64encode(d["content"].encode()).decode(),
         "mediaType": d["media_type"], "externalId": d["id"]} for d in docs))
    result["unary"], result["memory"] = ingest_run(
        a, requests, "IngestDocument", once="true", in_flight=a.ingest_in_flight)
    proto = open(os.path.join(ROOT, "proto", "factwire", "v1", "ingest_service.proto")).read()
    result["stream_rpc_in_proto"] = "StreamIngestDocuments" in proto
    if result["stream_rpc_in_proto"]:
        result["stream"], result["stream_memory"] = ingest_run(
            a, requests, "StreamIngestDocuments", stream="true", in_flight=a.ingest_in_flight)
        # The same streams with several requests each in flight (the service
        # reads ahead up to 16 per stream).
        result["stream_pipelined"], _ = ingest_run(
            a, requests, "StreamIngestDocuments", stream="true", in_flight=a.ingest_in_flight,
            stream_window=STREAM_WINDOW)
        result["stream_pipelined"]["stream_window"] = STREAM_WINDOW
    ref = result["reference"]
    print(f"  ingest: {result['unary']['qps']:.0f} docs/s unary, "
          f"{result.get('stream_pipelined', {}).get('qps', 0):.0f} streaming (pipelined), "
          f"analyze {ref['analyze_docs_per_s']:.0f} docs/s, put {ref['put_docs_per_s']:.0f} "
          f"docs/s, PutBatch {ref.get('put_batch_docs_per_s', 0):.0f} docs/s", flush=True)
    return result


# Documents per Store::PutBatch in the raw batch-insert reference.
INGEST_BATCH = 256
# Requests each benchmark stream keeps unanswered in the pipelined stream row.
STREAM_WINDOW = 16


def ingest_run(a, requests, method, **flags):
    """Ingests `requests` into a fresh store through `method`; (load result, memory)."""
    store = os.path.join(a.out, "ingest.db")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(store + suffix):
            os.remove(store + suffix)
    service = bench_lib.Service([os.path.join(a.build, "ingest-service", "factwire-ingest"),
                                 "--listen=127.0.0.1:0", f"--store=sqlite:{store}"],
                                os.path.join(a.out, "ingest.log"))
    try:
        idle = service.status()
        result = load(a, service.port, f"/factwire.v1.IngestService/{method}",
                      "factwire.v1.IngestDocumentRequest", requests, **flags)
        busy = service.status()
    finally:
        service.stop()
    result["in_flight"] = flags.get("in_flight")
    return result, {"idle_rss": idle["VmRSS"], "peak_rss": busy["VmHWM"],
                    "anon_rss": busy.get("RssAnon", 0),
                    "cpu_s": busy["cpu_s"] - idle["cpu_s"], "store_bytes": os.path.getsize(store)}


def query_requests(a, targets_path):
    """{rpc: (method, request type, requests file)} for the query section."""
    targets = json.load(open(targets_path))
    names = [last for _, last, _ in gen_corpus.POPULATION[:500]]
    specs = {
        "GetDocument (basic)": ("GetDocumentRequest", [
            {"name": f"documents/{d}", "view": "DOCUMENT_VIEW_BASIC"}
            for d in targets["document_ids"]]),
        "GetDocument (full)": ("GetDocumentRequest", [
            {"name": f"documents/{d}", "view": "DOCUMENT_VIEW_FULL"}
            for d in targets["document_ids"]]),
        "GetSource": ("GetSourceRequest", [{"name": f"sources/{s}"}
                                           for s in targets["source_ids"]]),
        "GetClaim": ("GetClaimRequest", [{"name": c} for c in targets["claim_names"]]),
        "SearchClaims (name)": ("SearchClaimsRequest", [{"query": n} for n in names]),
        "SearchClaims (topic)": ("SearchClaimsRequest", [{"query": t.split()[-1]}
                                                         for t in gen_corpus.TOPICS]),
        "ListFigures (filter)": ("ListFiguresRequest", [
            {"parent": "documents/-", "filter": f'subject:"{t}" AND dimension = COUNT'}
            for t in ("jobs", "patients", "students", "complaints", "bus trips")]),
    }
    out = {}
    for rpc, (request_type, requests) in specs.items():
        method = rpc.split()[0]
        path = write_lines(os.path.join(a.out, f"req-{rpc.split()[0]}-{len(out)}.jsonl"), requests)
        out[rpc] = (f"/factwire.v1.QueryService/{method}", f"factwire.v1.{request_type}", path)
    return out


def query_archive(a, corpus, size):
    """The archive of `size` documents and its targets: reused with --reuse_archives
    when both exist (upgraded to the current schema by opening it read-write once),
    else built."""
    store = os.path.join(a.archives, f"archive-{size}.db")
    targets = store + ".targets.json"
    if a.reuse_archives and os.path.exists(store) and os.path.exists(targets):
        upgrade = bench_lib.Service(
            [os.path.join(a.build, "ingest-service", "factwire-ingest"),
             "--listen=127.0.0.1:0", f"--store=sqlite:{store}"],
            os.path.join(a.out, "upgrade.log"))
        upgrade.stop()
        print(f"  archive {size}: reused {store}", flush=True)
        # The build figures of the run that built it, if results.json has them.
        built = dict(a.previous_query.get("sizes", {}).get(str(size), {}).get("archive", {}))
        built.update({"reused": True, "wall_s": built.get("wall_s", 0)})
        return store, targets, built
    built = archive(a, corpus, size, store, targets)
    print(f"  archive {size}: built in {built['wall_s']:.0f} s", flush=True)
    return store, targets, built


def query(a):
    corpus = gen(os.path.join(a.out, f"corpus-{max(a.sizes)}.jsonl"),
                 "--docs", str(max(a.sizes)), "--seed", "11")
    echo = bench_lib.Service([os.path.join(a.build, "bench", "factwire-bench-echo")],
                             os.path.join(a.out, "echo.log"))
    result = {"sizes": {}, "echo": {}, "in_flight": a.in_flight,
              "started": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
              "commit": subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                                       capture_output=True, text=True).stdout.strip()}
    flags = {"in_flight": a.in_flight, "duration": f"{a.duration}s", "warmup": "1s"}
    try:
        for size in a.sizes:
            store, targets, built = query_archive(a, corpus, size)
            requests = query_requests(a, targets)
            if not result["echo"]:
                result["echo"] = {rpc: load_with_cpu(a, echo, spec, flags)
                                  for rpc, spec in requests.items()}
            result["sizes"][size] = measure_archive(a, store, requests, flags, built)
    finally:
        echo.stop()
    return result


def load_with_cpu(a, service, spec, flags):
    """load() plus the server's CPU microseconds per successful call."""
    before = service.status()["cpu_s"]
    result = load(a, service.port, *spec, **flags)
    cpu = service.status()["cpu_s"] - before
    # Calls in the warm-up second are not counted; estimate them at the same rate.
    calls = (result["calls"] + result["errors"]) * (a.duration + 1) / a.duration
    result["server_cpu_us"] = cpu / max(1, calls) * 1e6
    return result


def measure_archive(a, store, requests, flags, built):
    service = bench_lib.Service([os.path.join(a.build, "query-service", "factwire-query"),
                                 "--listen=127.0.0.1:0", f"--store=sqlite:{store}"],
                                os.path.join(a.out, "query.log"))
    try:
        idle = service.status()
        rpcs = {}
        for rpc, spec in requests.items():
            rpcs[rpc] = load_with_cpu(a, service, spec, flags)
            print(f"    {rpc}: {rpcs[rpc]['qps']:.0f} QPS, p99 {rpcs[rpc]['p99_ms']:.2f} ms"
                  f"{', errors ' + str(rpcs[rpc]['errors']) if rpcs[rpc]['errors'] else ''}",
                  flush=True)
        busy = service.status()
    finally:
        service.stop()
    return {"archive": built, "rpcs": rpcs, "idle_rss": idle["VmRSS"],
            "peak_rss": busy["VmHWM"], "anon_rss": busy.get("RssAnon", 0),
            "store_bytes": os.path.getsize(store)}


def unloaded(a):
    """Latency and QPS at low concurrency (--low_in_flight, default 1 and 4 calls in
    flight; one connection for one call, else two), on the archives query() left,
    every query rpc, with the echo server at the same concurrency as reference."""
    result = {"in_flight": a.low_in_flight, "echo": {}, "sizes": {}}
    duration = f"{min(a.duration, 3)}s"

    def flags(n):
        return {"in_flight": n, "channels": 1 if n == 1 else 2, "duration": duration,
                "warmup": "1s"}

    echo = bench_lib.Service([os.path.join(a.build, "bench", "factwire-bench-echo")],
                             os.path.join(a.out, "echo.log"))
    try:
        for size in a.sizes:
            store = os.path.join(a.archives, f"archive-{size}.db")
            if not os.path.exists(store + ".targets.json"):
                continue
            requests = query_requests(a, store + ".targets.json")
            if not result["echo"]:
                result["echo"] = {str(n): {rpc: load(a, echo.port, *spec, **flags(n))
                                           for rpc, spec in requests.items()}
                                  for n in a.low_in_flight}
            service = bench_lib.Service(
                [os.path.join(a.build, "query-service", "factwire-query"),
                 "--listen=127.0.0.1:0", f"--store=sqlite:{store}"],
                os.path.join(a.out, "query.log"))
            try:
                result["sizes"][size] = {
                    str(n): {rpc: load(a, service.port, *spec, **flags(n))
                             for rpc, spec in requests.items()}
                    for n in a.low_in_flight}
            finally:
                service.stop()
            for n in a.low_in_flight:
                print(f"  {size}, {n} in flight: " + ", ".join(
                    f"{rpc} p99 {r['p99_ms']:.2f} ms"
                    for rpc, r in result["sizes"][size][str(n)].items()), flush=True)
    finally:
        echo.stop()
    return result


def pgo_mode(build):
    """The build's FACTWIRE_PGO (OFF, GENERATE or USE) from its CMakeCache.txt."""
    try:
        for line in open(os.path.join(build, "CMakeCache.txt"), encoding="utf-8"):
            if line.startswith("FACTWIRE_PGO:"):
                return line.strip().split("=", 1)[1]
    except OSError:
        pass
    return "OFF"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--build", default=os.path.join(ROOT, "build-bench"))
    ap.add_argument("--out", default=os.path.join(HERE, "out"))
    ap.add_argument("--quick", action="store_true", help="a few-minute run")
    ap.add_argument("--sizes", help="archive sizes, e.g. 1000,10000,100000")
    ap.add_argument("--only", default="extract,ingest,query,unloaded",
                    help="sections to run (none: only rewrite the report)")
    ap.add_argument("--in_flight", type=int, default=32,
                    help="calls in flight in the query section")
    ap.add_argument("--low_in_flight", default="1,4",
                    help="calls in flight of the low-concurrency (unloaded) section")
    ap.add_argument("--archives", help="directory of the query archives (default: --out)")
    ap.add_argument("--reuse_archives", action="store_true",
                    help="query: use archive-N.db and its .targets.json in --archives "
                         "when both exist instead of rebuilding them")
    a = ap.parse_args()
    a.low_in_flight = [int(n) for n in a.low_in_flight.split(",")]
    a.runs = 1 if a.quick else 3
    a.peer_seconds = 5 if a.quick else 20
    a.pairs = 3 if a.quick else 7
    a.ingest_docs = 500 if a.quick else 2800
    a.ingest_in_flight = 8
    a.duration = 2 if a.quick else 5
    sizes = a.sizes or ("1000,10000" if a.quick else "1000,10000,100000")
    a.sizes = [int(s) for s in sizes.split(",")]
    os.makedirs(a.out, exist_ok=True)
    a.archives = a.archives or a.out
    corpus = gen(os.path.join(a.out, "corpus-6mb.jsonl"), "--mb", "6")
    results_path = os.path.join(a.out, "results.json")
    results = json.load(open(results_path)) if os.path.exists(results_path) else {}
    if "extract" in a.only.split(",") or "started" not in results:
        results["mode"] = "quick" if a.quick else "full"
        results["started"] = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
        results["commit"] = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                                           capture_output=True, text=True).stdout.strip()
        results["pgo"] = pgo_mode(a.build)
    a.previous_query = results.get("query", {})
    for section, run in (("extract", lambda: extraction(a, corpus)),
                         ("ingest", lambda: ingest(a, corpus)), ("query", lambda: query(a)),
                         ("unloaded", lambda: unloaded(a))):
        if section in a.only.split(","):
            print(f"{section}...", flush=True)
            results[section] = run()
            json.dump(results, open(results_path, "w"), indent=1)
    report.write(results, HERE, a.out)


if __name__ == "__main__":
    main()
