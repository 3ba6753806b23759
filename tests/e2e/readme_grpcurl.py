#!/usr/bin/env python3
"""Extracts the grpcurl and CLI examples of README.md as JSON Lines, for readme_test.

Each `grpcurl` command in a ```sh block (backslash continuations joined) becomes
{"port": 50051, "verb": "call", "method": "factwire.v1.X/Y", "messages": [json...]}
or {"port": …, "verb": "describe", "symbol": …} or {"verb": "list", …}.
Each `factwire …` line of a ```sh block becomes {"verb": "cli", "args": [...]},
except `watch` (it follows forever) and lines piped into other programs.
`$(base64 -w0 FILE)` is replaced by the base64 of FILE (relative to the README's
folder), as the shell would. Usage: readme_grpcurl.py README.md
"""
import base64
import json
import os
import re
import shlex
import sys


def commands(readme):
    in_block, pending = False, ""
    for line in open(readme, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("```"):
            in_block = line.strip() in ("```sh", "```bash") and not in_block
            pending = ""
            continue
        if not in_block:
            continue
        if not pending and line.startswith("factwire "):
            yield shlex.split(line, comments=True)
            continue
        if pending or line.lstrip().startswith("grpcurl "):
            pending += line + "\n"
            if line.endswith("\\"):
                pending = pending[:-2] + " "
                continue
            try:
                words = shlex.split(pending, comments=True)
            except ValueError:
                continue  # a quoted string still open: the next line continues it
            pending = ""
            yield words


def substitute(text, root):
    def encode(match):
        with open(os.path.join(root, match.group(1)), "rb") as f:
            return base64.b64encode(f.read()).decode("ascii")
    return re.sub(r"\$\(base64 -w0 ([^)]+)\)", encode, text)


def messages(data):
    decoder, out, i = json.JSONDecoder(), [], 0
    while i < len(data):
        if data[i].isspace():
            i += 1
            continue
        obj, i = decoder.raw_decode(data, i)
        out.append(json.dumps(obj))
    return out


def main():
    readme = sys.argv[1]
    root = os.path.dirname(os.path.abspath(readme))
    for words in commands(readme):
        if words[0] == "factwire":
            if words[1] != "watch" and "|" not in words:
                print(json.dumps({"verb": "cli", "args": words[1:]}))
            continue
        args, data = [], None
        i = 1
        while i < len(words):
            if words[i] in ("-d", "-H"):
                if words[i] == "-d":
                    data = substitute(words[i + 1], root)
                i += 2
            elif words[i].startswith("-"):
                i += 1
            else:
                args.append(words[i])
                i += 1
        port = int(args[0].rsplit(":", 1)[1])
        if args[1:2] == ["list"]:
            print(json.dumps({"port": port, "verb": "list"}))
        elif args[1:2] == ["describe"]:
            print(json.dumps({"port": port, "verb": "describe", "symbol": args[2]}))
        else:
            print(json.dumps({"port": port, "verb": "call", "method": args[1],
                              "messages": messages(data) if data else ["{}"]}))


if __name__ == "__main__":
    main()
