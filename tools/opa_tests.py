#!/usr/bin/env python3
"""Run every `test_*` rule under the given folders with real OPA (the
opa-golib-python-bindings wheel) and print `N passed, N failed`.

The library must be plain Rego that OPA and conftest users can run: this is
the engine cross-check for `verdict test`.
"""
import pathlib
import re
import sys

from opa_bindings import OpaEngine, OpaError, OpaUndefinedError


def main(dirs):
    engine = OpaEngine()
    files = sorted(p for d in dirs for p in pathlib.Path(d).rglob("*.rego"))
    tests = []
    for f in files:
        text = f.read_text()
        engine.add_policy(str(f), text)
        pkg = re.search(r"^package\s+([\w.]+)", text, re.M)
        if not pkg:
            continue
        for name in sorted(set(re.findall(r"^(test_\w+)", text, re.M))):
            tests.append((f, pkg.group(1), name))
    failed = 0
    for f, pkg, name in tests:
        try:
            ok = engine.eval_document(f"{pkg}.{name}") is True
            why = "false"
        except OpaUndefinedError:
            ok, why = False, "undefined"
        except OpaError as e:
            ok, why = False, str(e)
        if not ok:
            failed += 1
            print(f"FAIL {f} data.{pkg}.{name}: {why}")
    print(f"{len(tests) - failed} passed, {failed} failed")
    return 1 if failed or not tests else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["policies"]))
