#!/usr/bin/env python3
"""Check the framework control lists against the rules that cite them.

Run from the repository root:

    python3 tools/framework_check.py [--verdict PATH] [--policy DIR] [--frameworks DIR]

1. Every src/catalog/frameworks/*.tsv is checked for format: header lines
   `# key: value` with the keys title, version, source and scope, then one
   control a line as `ID<TAB>Title`, ids unique and non-blank, no blank lines.
2. `verdict rules --policy policies --format json` is run and every
   (framework, control) that a rule cites is looked up in that framework's
   list; a framework key used by a rule without a file is reported too.
   For NIST-800-53 an enhancement `AC-6(10)` counts as its base control `AC-6`.

Exits 1 on any problem, 0 otherwise.
"""

import argparse
import glob
import json
import os
import re
import subprocess
import sys

REQUIRED_HEADERS = ("title", "version", "source", "scope")
HEADER_RE = re.compile(r"^# ([a-z_]+): (.+)$")
NIST_ENHANCEMENT_RE = re.compile(r"^([A-Z]{2}-\d+)\(\d+\)$")


def load_framework(path):
    """Return (headers, ids, problems) for one TSV file."""
    problems = []
    headers = {}
    ids = []
    seen = set()
    with open(path, "rb") as f:
        raw = f.read()
    if b"\r" in raw:
        problems.append("contains CR characters (use LF line endings)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return headers, ids, ["not valid UTF-8: %s" % e]
    if text and not text.endswith("\n"):
        problems.append("last line has no newline")
    in_header = True
    for n, line in enumerate(text.split("\n")[:-1] if text.endswith("\n") else text.split("\n"), 1):
        if line.startswith("#"):
            if not in_header:
                problems.append("line %d: header line after the first control" % n)
                continue
            m = HEADER_RE.match(line)
            if not m:
                problems.append("line %d: header line not of the form '# key: value'" % n)
                continue
            key, value = m.group(1), m.group(2).strip()
            if key in headers:
                problems.append("line %d: header '%s' given twice" % (n, key))
            headers[key] = value
            continue
        in_header = False
        if not line.strip():
            problems.append("line %d: blank line" % n)
            continue
        parts = line.split("\t")
        if len(parts) != 2:
            problems.append("line %d: expected exactly one tab (ID<TAB>Title), found %d" % (n, len(parts) - 1))
            continue
        cid, title = parts
        if not cid.strip() or cid != cid.strip():
            problems.append("line %d: blank id or id with surrounding spaces: %r" % (n, cid))
            continue
        if not title.strip():
            problems.append("line %d: control %s has no title" % (n, cid))
        if cid in seen:
            problems.append("line %d: duplicate id %s" % (n, cid))
        seen.add(cid)
        ids.append(cid)
    for key in REQUIRED_HEADERS:
        if key not in headers:
            problems.append("missing header '# %s: ...'" % key)
    if not ids:
        problems.append("no controls")
    return headers, ids, problems


def normalise(framework, control):
    if framework == "NIST-800-53":
        m = NIST_ENHANCEMENT_RE.match(control)
        if m:
            return m.group(1)
    return control


def load_rules(verdict, policy):
    proc = subprocess.run(
        [verdict, "rules", "--policy", policy, "--format", "json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        check=False,
    )
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr.decode("utf-8", "replace"))
        raise SystemExit("framework_check: '%s rules' exited %d" % (verdict, proc.returncode))
    data = json.loads(proc.stdout.decode("utf-8"))
    if isinstance(data, dict):
        data = data.get("rules", [])
    return data


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--verdict", default=os.environ.get("VERDICT", "/tmp/verdict-release"),
                    help="verdict binary (default: $VERDICT or /tmp/verdict-release)")
    ap.add_argument("--policy", default="policies", help="policy directory (default: policies)")
    ap.add_argument("--frameworks", default="src/catalog/frameworks",
                    help="directory of <KEY>.tsv files (default: src/catalog/frameworks)")
    ap.add_argument("--skip-rules", action="store_true",
                    help="only check the TSV format; do not run verdict")
    args = ap.parse_args()

    problems = 0
    frameworks = {}
    paths = sorted(glob.glob(os.path.join(args.frameworks, "*.tsv")))
    if not paths:
        print("no framework files in %s" % args.frameworks)
        return 1
    for path in paths:
        key = os.path.basename(path)[: -len(".tsv")]
        headers, ids, errs = load_framework(path)
        for e in errs:
            print("%s: %s" % (path, e))
        problems += len(errs)
        frameworks[key] = set(ids)
        print("%-28s %4d controls" % (key, len(ids)))

    if not args.skip_rules:
        rules = load_rules(args.verdict, args.policy)
        missing_keys = {}
        unknown = []
        for rule in rules:
            for fw, controls in sorted((rule.get("frameworks") or {}).items()):
                if fw not in frameworks:
                    missing_keys.setdefault(fw, []).append(rule.get("id"))
                    continue
                for c in controls:
                    if normalise(fw, c) not in frameworks[fw]:
                        unknown.append((rule.get("id"), fw, c, rule.get("file")))
        for fw, rule_ids in sorted(missing_keys.items()):
            rule_ids = sorted(set(rule_ids))
            shown = ", ".join(rule_ids[:5]) + (" and %d more" % (len(rule_ids) - 5) if len(rule_ids) > 5 else "")
            print("framework %s has no file %s/%s.tsv (used by %s)" % (fw, args.frameworks, fw, shown))
        for rid, fw, c, f in sorted(unknown, key=lambda u: (u[1], u[0], u[2])):
            print("%s: %s cites %s %s, which is not in %s.tsv" % (f, rid, fw, c, fw))
        problems += len(missing_keys) + len(unknown)
        print("%d rules checked" % len(rules))

    if problems:
        print("%d problem(s)" % problems)
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
