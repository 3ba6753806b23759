"""Helpers shared by the benchmark sections: timing a command, starting a
service and finding its port, reading a process's memory and CPU time."""
import os
import re
import resource
import signal
import subprocess
import sys
import tempfile
import time


def measure(cmd, stdin_path, timeout=900, stdout_to_file=False):
    """Runs `cmd` with `stdin_path` on stdin; returns (wall s, child CPU s, stdout bytes,
    stderr bytes). With `stdout_to_file` the command writes into an unlinked temporary
    file, read back after the clock stops: a pipe drained by this Python process holds a
    fast writer back (the drain, not the command, sets the pace for tens of MB)."""
    sink = tempfile.TemporaryFile() if stdout_to_file else None
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    with open(stdin_path, "rb") as stdin:
        proc = subprocess.run(cmd, stdin=stdin, stdout=sink or subprocess.PIPE,
                              stderr=subprocess.PIPE, check=False, timeout=timeout)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if proc.returncode != 0:
        sys.exit(f"{cmd} exited {proc.returncode}: {proc.stderr.decode()[-2000:]}")
    stdout = proc.stdout
    if sink:
        with sink:
            sink.seek(0)
            stdout = sink.read()
    return wall, cpu, stdout, proc.stderr


def proc_status(pid):
    """VmRSS, VmHWM and RssAnon (bytes) and CPU seconds (user+sys) of a live process.
    RssAnon is the private part of RSS: VmRSS also counts mapped file pages (the
    query service maps its SQLite file), which are shared page cache."""
    fields = {}
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            name, _, value = line.partition(":")
            if name in ("VmRSS", "VmHWM", "RssAnon"):
                fields[name] = int(value.split()[0]) * 1024
    with open(f"/proc/{pid}/stat") as stat:
        parts = stat.read().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    fields["cpu_s"] = (int(parts[11]) + int(parts[12])) / ticks
    return fields


class Service:
    """A server binary started on port 0; its stderr (access log) goes to a file."""

    def __init__(self, cmd, log_path, cpus=None):
        self.log_path = log_path
        self.log = open(log_path, "wb")
        if cpus:
            cmd = ["taskset", "-c", cpus] + cmd
        self.proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=self.log)
        self.port = self._wait_for_port()

    def _wait_for_port(self, timeout=60):
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.proc.poll() is not None:
                sys.exit(f"server exited {self.proc.returncode}: "
                         f"{open(self.log_path, errors='replace').read()[-2000:]}")
            with open(self.log_path, errors="replace") as log:
                match = re.search(r"listening on \S+:(\d+)", log.read(4096))
            if match:
                return int(match.group(1))
            time.sleep(0.05)
        self.stop()
        sys.exit(f"no 'listening on' in {self.log_path}")

    def status(self):
        return proc_status(self.proc.pid)

    def stop(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()
