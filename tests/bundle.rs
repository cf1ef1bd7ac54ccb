//! Signed policy bundles, as an auditor and a pipeline use them: built and
//! signed, verified, loaded by `scan --verification-key`, and refused when
//! anything in them was changed, added, removed or re-signed, or when a
//! member's path would reach outside.

mod common;

use std::path::{Path, PathBuf};

use common::*;
use sha2::{Digest, Sha256};
use verdict::bundle::archive::{self, Member};

struct Keys {
    _dir: tempfile::TempDir,
    dir: PathBuf,
}

impl Keys {
    fn new() -> Keys {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().to_path_buf();
        for name in ["signer", "other"] {
            let prefix = path.join(name).display().to_string();
            let run = verdict(&["bundle", "keygen", "-o", &prefix]);
            assert_eq!(run.code, 0, "{run:?}");
        }
        Keys {
            _dir: dir,
            dir: path,
        }
    }
    fn private(&self, name: &str) -> String {
        self.dir.join(format!("{name}.key")).display().to_string()
    }
    fn public(&self, name: &str) -> String {
        self.dir.join(format!("{name}.pub")).display().to_string()
    }
}

fn s(p: &Path) -> String {
    p.display().to_string()
}

/// The built-in Kubernetes rules and the helpers they use, as a user's folder.
fn policy_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_tree(
        &root().join("policies/kubernetes"),
        &dir.path().join("kubernetes"),
    );
    copy_tree(&root().join("policies/lib"), &dir.path().join("lib"));
    dir
}

/// The built-in Kubernetes rules as a bundle signed with the `signer` key.
struct Signed {
    keys: Keys,
    folder: tempfile::TempDir,
    out: tempfile::TempDir,
    bundle: PathBuf,
}

fn signed() -> Signed {
    let keys = Keys::new();
    let folder = policy_folder();
    let out = tempfile::tempdir().unwrap();
    let bundle = out.path().join("policy.tar.gz");
    build(folder.path(), &bundle, Some(&keys.private("signer")));
    Signed {
        keys,
        folder,
        out,
        bundle,
    }
}

fn build(folder: &Path, out: &Path, key: Option<&str>) {
    let (folder, out) = (s(folder), s(out));
    let mut args = vec![
        "bundle",
        "build",
        &folder,
        "-o",
        &out,
        "--revision",
        "2026.12.1",
    ];
    if let Some(k) = key {
        args.extend(["--signing-key", k]);
    }
    let run = verdict(&args);
    assert_eq!(run.code, 0, "{run:?}");
}

fn members(bundle: &Path) -> Vec<Member> {
    let bytes = std::fs::read(bundle).unwrap();
    archive::read(&bytes, archive::Limits::default()).unwrap()
}

fn rewrite(bundle: &Path, out: &Path, edit: impl FnOnce(&mut Vec<Member>)) {
    let mut m = members(bundle);
    edit(&mut m);
    std::fs::write(out, archive::write(&m).unwrap()).unwrap();
}

fn scan_with(bundle: &Path, key: Option<&str>) -> Run {
    let b = s(bundle);
    let k8s = s(&root().join("testdata/example/k8s"));
    let mut args = vec!["scan", &k8s, "--policy", &b, "-f", "json"];
    if let Some(k) = key {
        args.extend(["--verification-key", k]);
    }
    verdict(&args)
}

fn fingerprints(run: &Run) -> Vec<String> {
    let mut f: Vec<String> = run.json()["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["fingerprint"].as_str().unwrap().to_owned())
        .collect();
    f.sort();
    f
}

#[test]
fn a_signed_bundle_verifies_and_scans_as_its_folder_does() {
    let Signed {
        keys,
        folder,
        out: _out,
        bundle,
    } = signed();

    let run = verdict(&[
        "bundle",
        "verify",
        &s(&bundle),
        "--key",
        &keys.public("signer"),
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.starts_with("OK "), "{run:?}");

    let from_bundle = scan_with(&bundle, Some(&keys.public("signer")));
    assert_eq!(from_bundle.code, 1, "{from_bundle:?}");
    let k8s = s(&root().join("testdata/example/k8s"));
    let from_folder = verdict(&["scan", &k8s, "--policy", &s(folder.path()), "-f", "json"]);
    assert_eq!(fingerprints(&from_bundle), fingerprints(&from_folder));
    assert!(!fingerprints(&from_bundle).is_empty());

    // The report says which bundle judged, and that its signature held.
    let report = from_bundle.json();
    let b = &report["policy"]["bundles"][0];
    assert_eq!(b["revision"], "2026.12.1");
    assert_eq!(b["signature"]["status"], "verified");
    let digest = format!(
        "sha256:{:x}",
        Sha256::digest(std::fs::read(&bundle).unwrap())
    );
    assert_eq!(b["digest"], digest.as_str());
    assert_valid(
        &root().join("schemas/verdict-report-v1.schema.json"),
        &report,
    );
}

#[test]
fn the_bundle_has_opas_layout() {
    let Signed {
        keys: _keys,
        folder: _folder,
        out: _out,
        bundle,
    } = signed();
    let files = members(&bundle);
    let get = |name: &str| {
        files
            .iter()
            .find(|m| m.name == name)
            .unwrap_or_else(|| panic!("{name} missing"))
    };
    let manifest: serde_json::Value = serde_json::from_slice(&get(".manifest").bytes).unwrap();
    assert_eq!(manifest["revision"], "2026.12.1");
    assert_eq!(manifest["roots"], serde_json::json!(["verdict"]));
    assert_eq!(manifest["rego_version"], 1);
    assert!(manifest["metadata"]["verdict"]["version"].is_string());

    let sigs: serde_json::Value = serde_json::from_slice(&get(".signatures.json").bytes).unwrap();
    let jwt = sigs["signatures"][0].as_str().unwrap();
    assert_eq!(sigs["signatures"].as_array().unwrap().len(), 1);
    let part = |i: usize| -> serde_json::Value {
        use base64::Engine as _;
        let raw = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(jwt.split('.').nth(i).unwrap())
            .unwrap();
        serde_json::from_slice(&raw).unwrap()
    };
    assert_eq!(part(0)["alg"], "ES256");
    let payload = part(1);
    assert_eq!(payload["keyid"], "default");
    let listed = payload["files"].as_array().unwrap();
    // Every file but the signature itself is listed, policies by the
    // SHA-256 of their bytes.
    assert_eq!(listed.len(), files.len() - 1);
    let policy = get("kubernetes/privileged.rego");
    let entry = listed
        .iter()
        .find(|f| f["name"] == "kubernetes/privileged.rego")
        .unwrap();
    assert_eq!(entry["algorithm"], "SHA-256");
    assert_eq!(
        entry["hash"],
        format!("{:x}", Sha256::digest(&policy.bytes)).as_str()
    );
    assert!(!files.iter().any(|m| m.name.ends_with("_test.rego")));
}

#[test]
fn tampering_is_found_and_named_and_scan_refuses_it() {
    let keys = Keys::new();
    let folder = policy_folder();
    let out = tempfile::tempdir().unwrap();
    let good = out.path().join("good.tar.gz");
    build(folder.path(), &good, Some(&keys.private("signer")));
    let other = out.path().join("other.tar.gz");
    build(folder.path(), &other, Some(&keys.private("other")));
    let other_sig = members(&other)
        .into_iter()
        .find(|m| m.name == ".signatures.json")
        .unwrap();

    const TARGET: &str = "kubernetes/privileged.rego";
    type Edit = Box<dyn FnOnce(&mut Vec<Member>)>;
    let cases: Vec<(&str, Edit, String)> = vec![
        (
            "one byte of a policy changed",
            Box::new(|m: &mut Vec<Member>| {
                let p = m.iter_mut().find(|m| m.name == TARGET).unwrap();
                let i = p.bytes.len() / 2;
                p.bytes[i] ^= 0x20;
            }),
            format!("tampered: {TARGET}"),
        ),
        (
            "a file added",
            Box::new(|m: &mut Vec<Member>| {
                m.push(Member {
                    name: "kubernetes/allow_all.rego".into(),
                    bytes: b"package verdict.kubernetes.allow_all\n".to_vec(),
                })
            }),
            "extra: kubernetes/allow_all.rego".into(),
        ),
        (
            "a file removed",
            Box::new(|m: &mut Vec<Member>| m.retain(|m| m.name != TARGET)),
            format!("missing: {TARGET}"),
        ),
        (
            "the signature swapped for one by another key",
            Box::new(move |m: &mut Vec<Member>| {
                m.retain(|m| m.name != ".signatures.json");
                m.push(other_sig);
            }),
            "bad signature".into(),
        ),
    ];
    for (what, edit, named) in cases {
        let bad = out.path().join("bad.tar.gz");
        rewrite(&good, &bad, edit);
        let run = verdict(&[
            "bundle",
            "verify",
            &s(&bad),
            "--key",
            &keys.public("signer"),
        ]);
        assert_eq!(run.code, 1, "{what}: {run:?}");
        assert!(run.stdout.contains(&named), "{what}: {run:?}");
        let scan = scan_with(&bad, Some(&keys.public("signer")));
        assert_eq!(scan.code, 2, "{what}: {scan:?}");
        assert!(scan.stderr.contains(&named), "{what}: {scan:?}");
        assert!(
            scan.stdout.is_empty(),
            "{what}: nothing is reported from a refused bundle"
        );
    }
}

#[test]
fn a_key_refuses_unsigned_bundles_and_plain_folders() {
    let keys = Keys::new();
    let folder = policy_folder();
    let out = tempfile::tempdir().unwrap();
    let unsigned = out.path().join("unsigned.tar.gz");
    build(folder.path(), &unsigned, None);

    let scan = scan_with(&unsigned, Some(&keys.public("signer")));
    assert_eq!(scan.code, 2, "{scan:?}");
    assert!(scan.stderr.contains("unsigned"), "{scan:?}");
    // Without a key the same bundle loads, and says it is unsigned.
    let scan = scan_with(&unsigned, None);
    assert_eq!(scan.code, 1, "{scan:?}");
    assert_eq!(
        scan.json()["policy"]["bundles"][0]["signature"]["status"],
        "unsigned"
    );
    let inspect = verdict(&["bundle", "inspect", &s(&unsigned)]);
    assert_eq!(inspect.code, 0, "{inspect:?}");
    assert!(
        inspect.stdout.contains("signature: unsigned"),
        "{inspect:?}"
    );

    let k8s = s(&root().join("testdata/example/k8s"));
    let dir = s(folder.path());
    let key = keys.public("signer");
    let run = verdict(&["scan", &k8s, "--policy", &dir, "--verification-key", &key]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("not a policy bundle"), "{run:?}");
    let run = verdict(&["scan", &k8s, "--verification-key", &key]);
    assert_eq!(run.code, 2, "{run:?}");
}

/// A tar.gz with one member whose name is written raw, as a hostile tool
/// would (the tar crate refuses to write such names itself).
fn hostile(name: &str) -> Vec<u8> {
    let body = b"package evil\n";
    let mut header = tar::Header::new_ustar();
    header.as_old_mut().name[..name.len()].copy_from_slice(name.as_bytes());
    header.set_size(body.len() as u64);
    header.set_mode(0o644);
    header.set_entry_type(tar::EntryType::Regular);
    header.set_cksum();
    let mut tar = header.as_bytes().to_vec();
    tar.extend_from_slice(body);
    tar.resize(tar.len().div_ceil(512) * 512 + 1024, 0);
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    std::io::Write::write_all(&mut gz, &tar).unwrap();
    gz.finish().unwrap()
}

#[test]
fn members_reaching_outside_are_refused_and_nothing_is_written() {
    let keys = Keys::new();
    let outer = tempfile::tempdir().unwrap();
    let work = outer.path().join("work");
    std::fs::create_dir(&work).unwrap();
    for (name, why) in [
        ("../x.rego", "`..`"),
        ("/tmp/verdict-abs-x.rego", "absolute"),
    ] {
        let bundle = work.join("b.tar.gz");
        std::fs::write(&bundle, hostile(name)).unwrap();
        let run = verdict_in(
            &work,
            &[
                "bundle",
                "verify",
                "b.tar.gz",
                "--key",
                &keys.public("signer"),
            ],
            None,
        );
        assert_eq!(run.code, 1, "{run:?}");
        assert!(run.stdout.contains(why), "{run:?}");
        let k8s = s(&root().join("testdata/example/k8s"));
        let run = verdict_in(&work, &["scan", &k8s, "--policy", "b.tar.gz"], None);
        assert_eq!(run.code, 2, "{run:?}");
        assert!(
            run.stderr.contains(name) && run.stderr.contains(why),
            "{run:?}"
        );
        let run = verdict_in(&work, &["bundle", "inspect", "b.tar.gz"], None);
        assert_ne!(run.code, 0, "{run:?}");
    }
    let mut left: Vec<String> = std::fs::read_dir(outer.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(left, ["work"], "nothing is written beside the work folder");
    assert!(!Path::new("/tmp/verdict-abs-x.rego").exists());
}

#[test]
fn bundle_data_is_placed_under_its_folder() {
    let folder = tree(&[
        (
            "registries/data.yaml",
            "allowed:\n  - registry.example.com/\n",
        ),
        (
            "policy/registry.rego",
            r#"# METADATA
# title: Images come from an allowed registry
# custom:
#   id: ORG-001
#   severity: high
package org.registry

import rego.v1

deny contains msg if {
	some c in input.spec.containers
	not allowed(c.image)
	msg := sprintf("image %s is not from an allowed registry", [c.image])
}

allowed(image) if startswith(image, data.registries.allowed[_])
"#,
        ),
    ]);
    let out = tempfile::tempdir().unwrap();
    let bundle = out.path().join("org.tar.gz");
    build(folder.path(), &bundle, None);
    let manifest: serde_json::Value = serde_json::from_slice(
        &members(&bundle)
            .iter()
            .find(|m| m.name == ".manifest")
            .unwrap()
            .bytes,
    )
    .unwrap();
    assert_eq!(manifest["roots"], serde_json::json!(["org", "registries"]));
    let pods = tree(&[
        ("ok.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  containers:\n    - {name: a, image: registry.example.com/app:1}\n"),
        ("bad.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: b}\nspec:\n  containers:\n    - {name: b, image: docker.io/app:1}\n"),
    ]);
    let run = verdict(&[
        "scan",
        &s(pods.path()),
        "--policy",
        &s(&bundle),
        "-f",
        "json",
    ]);
    assert_eq!(run.code, 1, "{run:?}");
    let findings = run.json()["findings"].as_array().unwrap().clone();
    assert_eq!(findings.len(), 1, "{run:?}");
    assert_eq!(findings[0]["rule_id"], "ORG-001");
    assert!(findings[0]["file"].as_str().unwrap().ends_with("bad.yaml"));
}

#[test]
fn inspect_lists_rules_revision_digest_and_signature() {
    let Signed {
        keys,
        folder,
        out: _out,
        bundle,
    } = signed();
    let run = verdict(&[
        "bundle",
        "inspect",
        &s(&bundle),
        "--key",
        &keys.public("signer"),
        "--format",
        "json",
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    let v = run.json();
    assert_eq!(v["revision"], "2026.12.1");
    assert_eq!(v["signature"]["status"], "verified");
    let digest = format!(
        "sha256:{:x}",
        Sha256::digest(std::fs::read(&bundle).unwrap())
    );
    assert_eq!(v["digest"], digest.as_str());
    let rules = v["rules"].as_array().unwrap();
    let rules_cmd = verdict(&["rules", "--policy", &s(folder.path()), "--format", "json"]).json();
    let from_folder = rules_cmd.as_array().unwrap();
    assert_eq!(rules.len(), from_folder.len());
    let privileged = rules
        .iter()
        .find(|r| r["package"] == "verdict.kubernetes.privileged")
        .unwrap();
    let same = from_folder
        .iter()
        .find(|r| r["id"] == privileged["id"])
        .unwrap();
    for field in ["severity", "kinds", "frameworks", "title"] {
        assert_eq!(privileged[field], same[field], "{field}");
    }
    assert!(privileged["frameworks"]
        .as_object()
        .is_some_and(|f| !f.is_empty()));

    let text = verdict(&["bundle", "inspect", &s(&bundle)]);
    assert!(text.stdout.contains("revision:  2026.12.1"), "{text:?}");
    assert!(text.stdout.contains("not verified"), "{text:?}");
    assert!(
        text.stdout.contains(privileged["id"].as_str().unwrap()),
        "{text:?}"
    );
    // With the wrong key, inspect says so and fails.
    let wrong = verdict(&[
        "bundle",
        "inspect",
        &s(&bundle),
        "--key",
        &keys.public("other"),
    ]);
    assert_eq!(wrong.code, 1, "{wrong:?}");
    assert!(wrong.stdout.contains("INVALID"), "{wrong:?}");
}

#[test]
fn a_bundle_whose_policies_do_not_compile_is_not_written() {
    let folder = tree(&[("p.rego", "package p\n\ndeny contains msg if {\n")]);
    let out = tempfile::tempdir().unwrap();
    let bundle = out.path().join("p.tar.gz");
    let run = verdict(&["bundle", "build", &s(folder.path()), "-o", &s(&bundle)]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("no bundle written"), "{run:?}");
    assert_eq!(std::fs::read_dir(out.path()).unwrap().count(), 0);
}

#[test]
fn the_catalogue_of_a_signed_bundle_says_which_bundle_it_describes() {
    let Signed {
        keys,
        folder: _folder,
        out,
        bundle,
    } = signed();
    let md = out.path().join("catalog.md");
    let run = verdict(&[
        "doc",
        "-p",
        &s(&bundle),
        "--verification-key",
        &keys.public("signer"),
        "-o",
        &s(&md),
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    let text = std::fs::read_to_string(&md).unwrap();
    let digest = format!(
        "sha256:{:x}",
        Sha256::digest(std::fs::read(&bundle).unwrap())
    );
    assert!(text.contains("revision `2026.12.1`"), "{text}");
    assert!(text.contains(&digest), "{text}");
    assert!(text.contains("signature verified"), "{text}");
    // A catalogue is never written from a bundle that does not verify.
    let run = verdict(&[
        "doc",
        "-p",
        &s(&bundle),
        "--verification-key",
        &keys.public("other"),
        "-o",
        &s(&out.path().join("x.md")),
    ]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(!out.path().join("x.md").exists());
}
