#!/usr/bin/env python3
"""Engine cross-check: the built-in library must give the same results in
real OPA (1.20, via the opa-golib-python-bindings wheel) as in verdict.

1. Every `test_*` rule under policies/ passes in OPA (as it does in
   `verdict test`).
2. For every input under the given folders (default testdata/), each
   deny/warn/violation rule whose `kinds` match gives the same set of
   messages in OPA as in `verdict scan`.

Usage: tools/opa_diff.py VERDICT_BINARY [INPUT_DIR...]
Prints `N passed, N failed`; exits 1 on any difference.
"""
import json
import pathlib
import subprocess
import sys

from opa_bindings import OpaEngine, OpaError, OpaUndefinedError

sys.path.insert(0, str(pathlib.Path(__file__).parent))
import opa_tests  # noqa: E402


def run(cmd):
    return subprocess.run(cmd, capture_output=True, text=True)


def messages(value):
    if value is None:
        return set()
    if isinstance(value, bool):
        return {""} if value else set()
    items = value if isinstance(value, list) else [value]
    out = set()
    for v in items:
        if isinstance(v, str):
            out.add(v)
        elif isinstance(v, dict):
            out.add(str(v.get("msg", v.get("message", ""))))
    return out


def main(verdict, dirs):
    failed = 0
    passed = 0
    if opa_tests.main(["policies"]) != 0:
        print("FAIL: policy unit tests differ in OPA")
        failed += 1
    rules = json.loads(run([verdict, "rules", "--format", "json"]).stdout)
    packages = {}
    for r in rules:
        packages.setdefault(r["package"], {"kinds": r["kinds"], "rules": set()})["rules"].add(r["name"])
    engine = OpaEngine()
    for f in sorted(pathlib.Path("policies").rglob("*.rego")):
        if not f.name.endswith("_test.rego"):
            engine.add_policy(str(f), f.read_text())
    inputs = sorted(p for d in dirs for p in pathlib.Path(d).rglob("*") if p.is_file())
    for path in inputs:
        parsed = run([verdict, "parse", "--envelope", str(path)])
        if parsed.returncode != 0:
            continue  # not an input (or deliberately malformed)
        env = json.loads(parsed.stdout)
        scan = json.loads(run([verdict, "scan", str(path), "--kind", env["kind"], "-f", "json",
                               "--no-inline-ignores", "--fail-on", "never"]).stdout)
        got = {}
        for f in scan["findings"]:
            got.setdefault((f["document"], f["query"]), set()).add(f["message"])
        for doc_index, doc in zip(env["indices"], env["documents"]):
            for pkg, info in packages.items():
                if info["kinds"] is not None and env["kind"] not in info["kinds"]:
                    continue
                for rule in sorted(info["rules"]):
                    query = f"data.{pkg}.{rule}"
                    try:
                        want = messages(engine.eval_document(f"{pkg}.{rule}", doc))
                    except OpaUndefinedError:
                        want = set()
                    except OpaError as e:
                        want = {f"<error {e}>"}
                    mine = set()
                    for (d, q), msgs in got.items():
                        if q == query and d == doc_index:
                            mine |= msgs
                    if want == mine:
                        passed += 1
                    else:
                        failed += 1
                        print(f"FAIL {path} doc {doc_index} {query}\n  opa:     {sorted(want)}\n  verdict: {sorted(mine)}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2:] or ["testdata"]))
