#!/usr/bin/env python3
"""Check a verdict bundle with tools that share no code with verdict.

The archive is read with Python's tarfile, the JWT in .signatures.json is
verified with PyJWT (ES256, via `cryptography`), and every file's digest is
recomputed the way OPA computes it (bundle/hash.go: structured files over a
walk of their JSON value with sorted keys, other files over their bytes). A
bundle verdict signs must pass here; the same bundle with one byte changed
must not.

usage: bundle_check.py BUNDLE PUBLIC_KEY_PEM
"""

import hashlib
import json
import sys
import tarfile

import jwt


def opa_walk(value):
    """The bytes OPA's walk feeds its hash for a JSON value."""
    if isinstance(value, dict):
        items = [json.dumps(k, ensure_ascii=False) + ":" + opa_walk(value[k]) for k in sorted(value)]
        return "{" + ",".join(items) + "}"
    if isinstance(value, list):
        return "[" + ",".join(opa_walk(v) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)


def file_digest(name, data):
    base = name.rsplit("/", 1)[-1]
    if base == ".manifest" or name.endswith(".json"):
        return hashlib.sha256(opa_walk(json.loads(data)).encode()).hexdigest()
    return hashlib.sha256(data).hexdigest()


def check(bundle, key_pem):
    files = {}
    with tarfile.open(bundle, "r:gz") as tar:
        for member in tar.getmembers():
            if not member.isfile():
                raise SystemExit(f"{bundle}: {member.name} is not a regular file")
            files[member.name] = tar.extractfile(member).read()
    signatures = json.loads(files.pop(".signatures.json"))["signatures"]
    if len(signatures) != 1:
        raise SystemExit(f"{bundle}: {len(signatures)} signatures, expected 1")
    header = jwt.get_unverified_header(signatures[0])
    if header.get("alg") != "ES256":
        raise SystemExit(f"{bundle}: alg {header.get('alg')}")
    claims = jwt.decode(signatures[0], key_pem, algorithms=["ES256"])
    listed = {f["name"]: f for f in claims["files"]}
    problems = []
    for name, data in sorted(files.items()):
        entry = listed.pop(name, None)
        if entry is None:
            problems.append(f"extra: {name}")
        elif entry["algorithm"] != "SHA-256" or entry["hash"] != file_digest(name, data):
            problems.append(f"tampered: {name}")
    problems.extend(f"missing: {name}" for name in sorted(listed))
    return claims, problems


def main():
    bundle, key_path = sys.argv[1], sys.argv[2]
    with open(key_path, "rb") as f:
        key_pem = f.read()
    claims, problems = check(bundle, key_pem)
    if problems:
        print(f"FAIL {bundle}:", *problems, sep="\n  ")
        sys.exit(1)
    print(f"OK {bundle}: {len(claims['files'])} files, keyid {claims.get('keyid')}, verified by PyJWT")

    # The same bundle with one byte of one policy changed must fail here too.
    import io
    import tempfile

    with tarfile.open(bundle, "r:gz") as tar:
        members = [(m, tar.extractfile(m).read()) for m in tar.getmembers()]
    victim = next(m for m, _ in members if m.name.endswith(".rego"))
    with tempfile.NamedTemporaryFile(suffix=".tar.gz") as tmp:
        with tarfile.open(tmp.name, "w:gz") as out:
            for m, data in members:
                if m is victim:
                    data = data[:-1] + bytes([data[-1] ^ 0x01])
                out.addfile(m, io.BytesIO(data))
        _, problems = check(tmp.name, key_pem)
    if problems != [f"tampered: {victim.name}"]:
        print(f"FAIL: a changed byte in {victim.name} was not caught: {problems}")
        sys.exit(1)
    print(f"OK a changed byte in {victim.name} fails: {problems[0]}")


if __name__ == "__main__":
    main()
