#!/usr/bin/env python3
"""Run every `test_*` rule under the given folders with real OPA (the
opa-golib-python-bindings wheel) and print `N passed, N failed`.

The library must be plain Rego that OPA and conftest users can run: this is
the engine cross-check for `verdict test`. All tests are evaluated through one
generated rule, so OPA compiles the bundle once.
"""
import json
import pathlib
import re
import sys

from opa_bindings import OpaEngine, OpaError, OpaUndefinedError


def load(engine, dirs, with_tests=True):
    """Add the policies; return [(file, package, test name)]."""
    files = sorted(p for d in dirs for p in pathlib.Path(d).rglob("*.rego"))
    tests = []
    for f in files:
        if not with_tests and f.name.endswith("_test.rego"):
            continue
        text = f.read_text()
        engine.add_policy(str(f), text)
        pkg = re.search(r"^package\s+([\w.]+)", text, re.M)
        if pkg:
            for name in sorted(set(re.findall(r"^(test_\w+)", text, re.M))):
                tests.append((f, pkg.group(1), name))
    return tests


def main(dirs):
    engine = OpaEngine()
    tests = load(engine, dirs)
    lines = ["package verdict_opa_tests", "", "import rego.v1", ""]
    for i, (_, pkg, name) in enumerate(tests):
        lines.append(f"t{i} := true if {{ data.{pkg}.{name} == true }} else := false")
    entries = ", ".join(f'"{i}": t{i}' for i in range(len(tests)))
    lines.append(f"all := {{{entries}}}")
    engine.add_policy("verdict_opa_tests.rego", "\n".join(lines) + "\n")
    try:
        results = engine.eval_document("verdict_opa_tests.all")
    except (OpaError, OpaUndefinedError) as e:
        print(f"FAIL: OPA could not evaluate the tests: {e}")
        print(f"0 passed, {len(tests)} failed")
        return 1
    failed = 0
    for i, (f, pkg, name) in enumerate(tests):
        if results.get(str(i)) is not True:
            failed += 1
            print(f"FAIL {f} data.{pkg}.{name}")
    print(f"{len(tests) - failed} passed, {failed} failed")
    return 1 if failed or not tests else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["policies"]))
