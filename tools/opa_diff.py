#!/usr/bin/env python3
"""Engine cross-check: the built-in library must give the same results in
real OPA (1.20, via the opa-golib-python-bindings wheel) as in verdict.

1. Every `test_*` rule under policies/ passes in OPA (as in `verdict test`).
2. For every input under the given folders (default testdata/), each
   deny/warn/violation rule whose `kinds` match gives the same set of
   messages in OPA as in `verdict scan`.
3. For every folder of `.tf` files there, as a root module: each module
   instance verdict evaluates (`verdict parse DIR`) gives the same messages
   in OPA as `verdict scan` reports for that instance.

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
    if value is None or value is False:
        return set()
    if value is True:
        return {""}
    items = value if isinstance(value, list) else [value]
    out = set()
    for v in items:
        if isinstance(v, str):
            out.add(v)
        elif isinstance(v, dict):
            out.add(str(v.get("msg", v.get("message", ""))))
    return out


def main(verdict, dirs):
    failed = passed = 0
    if opa_tests.main(["policies"]) != 0:
        print("FAIL: policy unit tests differ in OPA")
        failed += 1
    rules = json.loads(run([verdict, "rules", "--format", "json"]).stdout)
    queries = sorted({(r["package"], r["name"], tuple(r["kinds"] or [])) for r in rules})
    engine = OpaEngine()
    opa_tests.load(engine, ["policies"], with_tests=False)
    # One generated rule per kind, so OPA compiles once and evaluates each
    # document in one call; an undefined rule reads as null.
    kinds = sorted({k for _, _, ks in queries for k in ks})
    lines = ["package verdict_opa_diff", "", "import rego.v1", ""]
    for i, (pkg, name, _) in enumerate(queries):
        lines.append(f"q{i} := x if {{ x := data.{pkg}.{name} }} else := null")
    for kind in kinds:
        entries = ", ".join(f'"{i}": q{i}' for i, (_, _, ks) in enumerate(queries) if kind in ks)
        lines.append(f"k_{kind.replace('-', '_')} := {{{entries}}}")
    engine.add_policy("verdict_opa_diff.rego", "\n".join(lines) + "\n")

    scan = json.loads(run([verdict, "scan", *dirs, "-f", "json", "--fail-on", "never",
                           "--no-inline-ignores", "--terraform-per-file"]).stdout)
    got = {}
    for f in scan["findings"]:
        got.setdefault((f["file"], f["document"], f["query"]), set()).add(f["message"])
    inputs = sorted(p for d in dirs for p in pathlib.Path(d).rglob("*") if p.is_file())
    for path in inputs:
        parsed = run([verdict, "parse", "--envelope", str(path)])
        if parsed.returncode != 0:
            continue  # not an input, or malformed on purpose
        env = json.loads(parsed.stdout)
        rule = f"verdict_opa_diff.k_{env['kind'].replace('-', '_')}"
        if env["kind"] not in kinds:
            continue
        for doc_index, doc in zip(env["indices"], env["documents"]):
            try:
                values = engine.eval_document(rule, doc)
            except (OpaError, OpaUndefinedError) as e:
                failed += 1
                print(f"FAIL {path} doc {doc_index}: OPA error {e}")
                continue
            for key, value in values.items():
                pkg, name, _ = queries[int(key)]
                query = f"data.{pkg}.{name}"
                want = messages(value)
                mine = got.get((str(path), doc_index, query), set())
                if want == mine:
                    passed += 1
                else:
                    failed += 1
                    print(f"FAIL {path} doc {doc_index} {query}\n  opa:     {sorted(want)}\n  verdict: {sorted(mine)}")
    p, f = terraform_roots(verdict, dirs, engine, queries)
    passed += p
    failed += f
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


def terraform_roots(verdict, dirs, engine, queries):
    """Evaluated Terraform: the documents policies see per module instance."""
    passed = failed = 0
    folders = sorted({p.parent for d in dirs for p in pathlib.Path(d).rglob("*.tf")})
    for folder in folders:
        parsed = run([verdict, "parse", str(folder)])
        if parsed.returncode != 0:
            continue
        files = sorted(str(p) for p in folder.glob("*.tf"))
        scan = json.loads(run([verdict, "scan", *files, "-f", "json", "--fail-on", "never",
                               "--no-inline-ignores"]).stdout)
        got = {}
        for f in scan["findings"]:
            got.setdefault((f["module"] or "", f["query"]), set()).add(f["message"])
        for inst in json.loads(parsed.stdout):
            try:
                values = engine.eval_document("verdict_opa_diff.k_terraform", inst["input"])
            except (OpaError, OpaUndefinedError) as e:
                failed += 1
                print(f"FAIL {folder} {inst['module'] or '(root)'}: OPA error {e}")
                continue
            for key, value in values.items():
                pkg, name, _ = queries[int(key)]
                query = f"data.{pkg}.{name}"
                want = messages(value)
                mine = got.get((inst["module"], query), set())
                if want == mine:
                    passed += 1
                else:
                    failed += 1
                    print(f"FAIL {folder} {inst['module'] or '(root)'} {query}\n  opa:     {sorted(want)}\n  verdict: {sorted(mine)}")
    return passed, failed


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2:] or ["testdata"]))
