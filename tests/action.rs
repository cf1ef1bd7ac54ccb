//! The GitHub Action (`action/`): `scan.sh` under a simulated runner,
//! `install.sh` against a release server on 127.0.0.1, and the shape of
//! `action.yml` (composite, documented inputs, no `${{ }}` in `run:` text).

#![cfg(unix)]

mod common;

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::{Arc, OnceLock};

use common::{copy_tree, root};
use serde_json::Value;

const CLEAN_MANIFEST: &str = "\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      automountServiceAccountToken: false
      securityContext:
        runAsNonRoot: true
        runAsUser: 10001
        seccompProfile: {type: RuntimeDefault}
      containers:
        - name: web
          image: registry.example.com/shop/web@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
          securityContext:
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            runAsNonRoot: true
            capabilities: {drop: [ALL]}
          resources:
            requests: {cpu: 100m, memory: 128Mi}
            limits: {cpu: 500m, memory: 256Mi}
          livenessProbe:
            httpGet: {path: /healthz, port: 8080}
          readinessProbe:
            httpGet: {path: /ready, port: 8080}
";

fn verdict_bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_verdict"))
}

/// PATH without any folder holding a `verdict`, so that the scripts find
/// only what a test puts first.
fn path_without_verdict() -> String {
    let path = std::env::var_os("PATH").unwrap_or_default();
    let kept: Vec<PathBuf> = std::env::split_paths(&path)
        .filter(|d| !d.join("verdict").exists())
        .collect();
    std::env::join_paths(kept)
        .expect("PATH entries")
        .to_string_lossy()
        .into_owned()
}

fn path_with(dir: &Path) -> String {
    format!("{}:{}", dir.display(), path_without_verdict())
}

struct Runner {
    dir: tempfile::TempDir,
}

/// A simulated GitHub runner: workspace, temp, and the files the runner
/// reads after a step (outputs, summary, path).
impl Runner {
    fn new() -> Runner {
        let r = Runner {
            dir: tempfile::tempdir().unwrap(),
        };
        for d in ["workspace", "temp", "tools"] {
            std::fs::create_dir_all(r.dir.path().join(d)).unwrap();
        }
        for f in ["output", "summary", "path"] {
            std::fs::write(r.dir.path().join(f), "").unwrap();
        }
        r
    }
    fn workspace(&self) -> PathBuf {
        self.dir.path().join("workspace")
    }
    fn read(&self, name: &str) -> String {
        std::fs::read_to_string(self.dir.path().join(name)).unwrap()
    }
    /// `name=value` lines of $GITHUB_OUTPUT.
    fn outputs(&self) -> HashMap<String, String> {
        self.read("output")
            .lines()
            .filter_map(|l| l.split_once('='))
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }
    fn command(&self, script: &str, path: &str) -> Command {
        let mut cmd = Command::new("bash");
        cmd.arg(root().join("action").join(script))
            .current_dir(self.workspace())
            .env_clear()
            .env("PATH", path)
            .env("HOME", self.dir.path())
            .env("GITHUB_ACTIONS", "true")
            .env("GITHUB_WORKSPACE", self.workspace())
            .env("GITHUB_ACTION_PATH", root().join("action"))
            .env("GITHUB_ACTION_REPOSITORY", "verdict-dev/verdict")
            .env("GITHUB_OUTPUT", self.dir.path().join("output"))
            .env("GITHUB_STEP_SUMMARY", self.dir.path().join("summary"))
            .env("GITHUB_PATH", self.dir.path().join("path"))
            .env("RUNNER_TEMP", self.dir.path().join("temp"))
            .env("RUNNER_OS", "Linux")
            .env("RUNNER_ARCH", "X64")
            .stdin(Stdio::null());
        cmd
    }
}

fn show(out: &Output) -> String {
    format!(
        "exit {:?}\n--- stdout\n{}\n--- stderr\n{}",
        out.status.code(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

fn scan(runner: &Runner, inputs: &[(&str, &str)]) -> Output {
    let bin_dir = verdict_bin().parent().unwrap().to_path_buf();
    let mut cmd = runner.command("scan.sh", &path_with(&bin_dir));
    for (k, v) in inputs {
        cmd.env(k, v);
    }
    cmd.output().expect("run bash action/scan.sh")
}

#[test]
fn scan_with_findings_fails_and_reports() {
    let runner = Runner::new();
    // A folder name with a space, given one per line as the README says.
    let target = runner.workspace().join("the example");
    copy_tree(&root().join("testdata/example"), &target);
    let out = scan(
        &runner,
        &[
            ("INPUT_PATHS", "the example\n"),
            ("INPUT_SARIF_FILE", "reports/verdict.sarif"),
            ("INPUT_FAIL_ON", "error"),
        ],
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{}", show(&out));
    assert!(stdout.contains("::error file="), "{}", show(&out));

    // The count the JSON report gives for the same tree.
    let json = Command::new(verdict_bin())
        .env("VERDICT_CACHE_DIR", common::test_cache())
        .args(["scan", "the example", "-f", "json"])
        .current_dir(runner.workspace())
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&json.stdout).expect("JSON report");
    let findings = report["summary"]["findings"].as_u64().unwrap();
    assert!(findings > 0);

    let outputs = runner.outputs();
    assert_eq!(outputs.get("verdict").map(String::as_str), Some("fail"));
    assert_eq!(outputs.get("findings"), Some(&findings.to_string()));
    assert_eq!(
        outputs.get("sarif-file").map(String::as_str),
        Some("reports/verdict.sarif")
    );
    let sarif: Value = serde_json::from_str(
        &std::fs::read_to_string(runner.workspace().join("reports/verdict.sarif")).unwrap(),
    )
    .unwrap();
    assert_eq!(sarif["version"], "2.1.0");
    assert!(!sarif["runs"][0]["results"].as_array().unwrap().is_empty());

    let summary = runner.read("summary");
    assert!(
        summary
            .lines()
            .any(|l| l.starts_with("## ") && l.contains("verdict")),
        "no Markdown heading in the summary:\n{summary}"
    );
    // The JSON report lives in RUNNER_TEMP only while the step runs.
    let temp = std::fs::read_dir(runner.dir.path().join("temp")).unwrap();
    assert_eq!(temp.count(), 0, "scan.sh left files in RUNNER_TEMP");
}

#[test]
fn scan_clean_folder_passes() {
    let runner = Runner::new();
    let k8s = runner.workspace().join("k8s");
    std::fs::create_dir_all(&k8s).unwrap();
    std::fs::write(k8s.join("deploy.yaml"), CLEAN_MANIFEST).unwrap();
    // The summary already has a previous step's text: it is appended to.
    std::fs::write(runner.dir.path().join("summary"), "earlier step\n").unwrap();
    let out = scan(
        &runner,
        &[
            ("INPUT_PATHS", "k8s"),
            ("INPUT_SARIF_FILE", "verdict.sarif"),
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", show(&out));
    let outputs = runner.outputs();
    assert_eq!(outputs.get("verdict").map(String::as_str), Some("pass"));
    assert_eq!(outputs.get("findings").map(String::as_str), Some("0"));
    assert_eq!(
        outputs.get("sarif-file").map(String::as_str),
        Some("verdict.sarif")
    );
    assert!(runner.workspace().join("verdict.sarif").is_file());
    assert!(runner.read("summary").starts_with("earlier step\n"));
    assert!(!String::from_utf8_lossy(&out.stdout).contains("::error"));
}

/// A stand-in `verdict` that records its arguments, one per line, and
/// exits with $FAKE_EXIT.
fn fake_verdict(dir: &Path) -> PathBuf {
    let bin = dir.join("verdict");
    std::fs::write(
        &bin,
        "#!/usr/bin/env bash\nprintf '%s\\n' \"$@\" > \"$FAKE_ARGS\"\nexit \"${FAKE_EXIT:-0}\"\n",
    )
    .unwrap();
    Command::new("chmod").arg("+x").arg(&bin).status().unwrap();
    bin
}

#[test]
fn scan_splits_list_inputs_without_globbing() {
    let runner = Runner::new();
    let fake_dir = runner.dir.path().join("fake");
    std::fs::create_dir_all(&fake_dir).unwrap();
    fake_verdict(&fake_dir);
    let args_file = runner.dir.path().join("args");
    let mut cmd = runner.command("scan.sh", &path_with(&fake_dir));
    cmd.env("FAKE_ARGS", &args_file)
        .env("FAKE_EXIT", "2")
        .env("INPUT_PATHS", "k8s/  *.yaml\tdocs")
        .env("INPUT_POLICY", "  policy one/\n\n  policy-two.rego  \r\n")
        .env("INPUT_DATA", "data.yaml")
        .env("INPUT_CONFIG", "")
        .env("INPUT_PROFILE", "prod")
        .env("INPUT_FAIL_ON", "")
        .env("INPUT_SARIF_FILE", "out dir/v.sarif");
    let out = cmd.output().unwrap();
    // The gate's exit code, and outputs written all the same.
    assert_eq!(out.status.code(), Some(2), "{}", show(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("::error"));
    let outputs = runner.outputs();
    assert_eq!(outputs.get("verdict").map(String::as_str), Some("error"));
    assert_eq!(
        outputs.get("sarif-file").map(String::as_str),
        Some("out dir/v.sarif")
    );

    let args = std::fs::read_to_string(&args_file).unwrap();
    let args: Vec<&str> = args.lines().collect();
    let temp = runner.dir.path().join("temp");
    let scan_dir = args
        .iter()
        .find_map(|a| a.strip_prefix("json="))
        .and_then(|p| Path::new(p).parent())
        .expect("a json= format");
    assert!(
        scan_dir.starts_with(&temp),
        "JSON report outside RUNNER_TEMP: {args:?}"
    );
    let scan_dir = scan_dir.display().to_string();
    let json = format!("json={scan_dir}/report.json");
    let markdown = format!("markdown={scan_dir}/summary.md");
    let want = [
        "scan",
        "--policy",
        "policy one/",
        "--policy",
        "policy-two.rego",
        "--data",
        "data.yaml",
        "--profile",
        "prod",
        "--format",
        "sarif=out dir/v.sarif",
        "--format",
        json.as_str(),
        "--format",
        markdown.as_str(),
        "--format",
        "github",
        "--",
        "k8s/",
        "*.yaml",
        "docs",
    ];
    assert_eq!(args, want);
    assert!(runner.workspace().join("out dir").is_dir());
}

/// A release server on 127.0.0.1 serving `files` (URL path → body); 404
/// for anything else. Its thread lives as long as the test process.
fn serve(files: HashMap<String, Vec<u8>>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let files = Arc::new(files);
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let files = Arc::clone(&files);
            std::thread::spawn(move || {
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                let mut request = String::new();
                if reader.read_line(&mut request).is_err() {
                    return;
                }
                // Drain the headers.
                let mut line = String::new();
                while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
                    line.clear();
                }
                let path = request.split_whitespace().nth(1).unwrap_or("");
                let (status, body): (&str, &[u8]) = match files.get(path) {
                    Some(body) => ("200 OK", body),
                    None => ("404 Not Found", b"not found\n"),
                };
                let head = format!(
                    "HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                    body.len()
                );
                let _ = stream.write_all(head.as_bytes());
                let _ = stream.write_all(body);
            });
        }
    });
    format!("http://127.0.0.1:{port}")
}

const TARGET: &str = "x86_64-unknown-linux-gnu";

/// The release asset (a tarball holding the test-built binary) and its
/// sha256, made once for all tests.
fn release_asset() -> &'static (Vec<u8>, String) {
    static ASSET: OnceLock<(Vec<u8>, String)> = OnceLock::new();
    ASSET.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let stage = dir.path().join("stage");
        std::fs::create_dir_all(&stage).unwrap();
        std::fs::copy(verdict_bin(), stage.join("verdict")).unwrap();
        let tarball = dir.path().join("asset.tar.gz");
        // gzip -1: the debug binary is large and the test is about the flow.
        let status = Command::new("bash")
            .arg("-c")
            .arg("tar -cf - -C \"$1\" verdict | gzip -1 > \"$2\"")
            .arg("bash")
            .arg(&stage)
            .arg(&tarball)
            .status()
            .unwrap();
        assert!(status.success(), "tar failed");
        let bytes = std::fs::read(&tarball).unwrap();
        let sum = Command::new("sha256sum").arg(&tarball).output().unwrap();
        assert!(sum.status.success(), "sha256sum failed");
        let hash = String::from_utf8(sum.stdout).unwrap();
        let hash = hash.split_whitespace().next().unwrap().to_string();
        (bytes, hash)
    })
}

fn install(runner: &Runner, base: &str, version: &str) -> Output {
    let mut cmd = runner.command("install.sh", &path_without_verdict());
    cmd.env("VERDICT_RELEASE_BASE_URL", base)
        .env("VERDICT_TOOL_DIR", runner.dir.path().join("tools"))
        .env("INPUT_VERSION", version);
    cmd.output().expect("run bash action/install.sh")
}

fn release_server() -> String {
    let (bytes, hash) = release_asset();
    let version = env!("CARGO_PKG_VERSION");
    let asset = format!("verdict-{version}-{TARGET}.tar.gz");
    let mut files = HashMap::new();
    files.insert(format!("/good/v{version}/{asset}"), bytes.clone());
    files.insert(
        format!("/good/v{version}/{asset}.sha256"),
        format!("{hash}  {asset}\n").into_bytes(),
    );
    files.insert(format!("/bad/v{version}/{asset}"), bytes.clone());
    files.insert(
        format!("/bad/v{version}/{asset}.sha256"),
        format!("{}  {asset}\n", "0".repeat(64)).into_bytes(),
    );
    serve(files)
}

#[test]
fn install_downloads_verifies_and_adds_to_path() {
    let server = release_server();
    let runner = Runner::new();
    // No version input: the one in the Cargo.toml beside the action.
    let out = install(&runner, &format!("{server}/good"), "");
    assert_eq!(out.status.code(), Some(0), "{}", show(&out));
    let bin_dir = runner.dir.path().join("tools/bin");
    let bin = bin_dir.join("verdict");
    assert!(bin.is_file(), "{}", show(&out));
    assert_eq!(
        runner.read("path").trim_end(),
        bin_dir.display().to_string()
    );
    assert_eq!(
        runner.outputs().get("bin").map(String::as_str),
        Some(bin.display().to_string().as_str())
    );
    let version = Command::new(&bin).arg("--version").output().unwrap();
    assert_eq!(
        String::from_utf8_lossy(&version.stdout).trim(),
        format!("verdict {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn install_refuses_a_checksum_mismatch() {
    let server = release_server();
    let runner = Runner::new();
    let out = install(&runner, &format!("{server}/bad"), env!("CARGO_PKG_VERSION"));
    assert_ne!(out.status.code(), Some(0), "{}", show(&out));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout
            .lines()
            .any(|l| l.starts_with("::error") && l.contains("checksum mismatch")),
        "{}",
        show(&out)
    );
    assert!(!runner.dir.path().join("tools/bin/verdict").exists());
    assert_eq!(runner.read("path"), "");
    assert_eq!(runner.read("output"), "");
}

#[test]
fn install_without_an_asset_says_what_it_falls_back_to() {
    let server = serve(HashMap::new());
    let runner = Runner::new();
    // A version the action's source is not: the fallback cannot build it,
    // so this stops before cargo and stays fast.
    let out = install(&runner, &server, "99.0.0");
    assert_ne!(out.status.code(), Some(0), "{}", show(&out));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("no checksum at"), "{}", show(&out));
    assert!(stdout.contains("::error"), "{}", show(&out));
    assert!(stdout.contains("not 99.0.0"), "{}", show(&out));
    assert_eq!(runner.read("path"), "");
}

#[test]
fn install_uses_a_verdict_already_on_path() {
    let runner = Runner::new();
    let bin_dir = verdict_bin().parent().unwrap().to_path_buf();
    let mut cmd = runner.command("install.sh", &path_with(&bin_dir));
    // Nothing listens there: a download attempt would fail the test.
    cmd.env("VERDICT_RELEASE_BASE_URL", "http://127.0.0.1:9")
        .env("VERDICT_TOOL_DIR", runner.dir.path().join("tools"));
    let out = cmd.output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", show(&out));
    assert_eq!(
        runner.outputs().get("bin").map(String::as_str),
        Some(verdict_bin().display().to_string().as_str())
    );
    assert!(!runner.dir.path().join("tools/bin").exists());
}

/// action.yml as JSON, through verdict's own YAML parser.
fn action_yml() -> (String, Value) {
    let path = root().join("action/action.yml");
    let text = std::fs::read_to_string(&path).unwrap();
    let parsed = verdict::parse::parse(&text, &path, Some(verdict::kind::Kind::Yaml))
        .unwrap_or_else(|e| panic!("action/action.yml: {e:?}"));
    assert_eq!(parsed.documents.len(), 1);
    (text, parsed.documents[0].value.clone())
}

#[test]
fn action_yml_is_a_safe_documented_composite() {
    let (text, action) = action_yml();
    assert_eq!(action["runs"]["using"], "composite");
    assert!(action["description"]
        .as_str()
        .is_some_and(|d| !d.is_empty()));

    let inputs = action["inputs"].as_object().expect("inputs");
    for name in [
        "paths",
        "policy",
        "data",
        "config",
        "profile",
        "fail-on",
        "sarif-file",
        "version",
    ] {
        assert!(inputs.contains_key(name), "input {name} is missing");
    }
    for (name, input) in inputs {
        let described = input["description"]
            .as_str()
            .is_some_and(|d| !d.trim().is_empty());
        assert!(described, "input {name} has no description");
    }
    assert_eq!(inputs["paths"]["default"], ".");
    assert_eq!(inputs["sarif-file"]["default"], "verdict.sarif");

    let steps = action["runs"]["steps"].as_array().expect("steps");
    let ids: Vec<&str> = steps.iter().filter_map(|s| s["id"].as_str()).collect();
    for (i, step) in steps.iter().enumerate() {
        let Some(run) = step["run"].as_str() else {
            continue;
        };
        assert_eq!(step["shell"], "bash", "step {i} has no `shell: bash`");
        for bad in [
            "${{ inputs.",
            "${{ github.event",
            "${{inputs.",
            "${{github.event",
        ] {
            assert!(!run.contains(bad), "step {i}'s run text has {bad}: {run}");
        }
        // Whatever it runs exists beside action.yml.
        if let Some(script) = run.split('/').next_back().and_then(|s| s.strip_suffix('"')) {
            assert!(root().join("action").join(script).is_file(), "{script}");
        }
    }
    // Every input reaches a script (through env), so none is dead.
    for name in inputs.keys() {
        let used = format!("${{{{ inputs.{name} }}}}");
        assert!(text.contains(&used), "input {name} is never used");
    }

    let outputs = action["outputs"].as_object().expect("outputs");
    for name in ["verdict", "findings", "sarif-file"] {
        let value = outputs[name]["value"].as_str().unwrap_or("");
        let step = value
            .strip_prefix("${{ steps.")
            .and_then(|v| v.strip_suffix(&format!(".outputs.{name} }}}}")))
            .unwrap_or_else(|| panic!("output {name} is not a step output: {value:?}"));
        assert!(
            ids.contains(&step),
            "output {name} names unknown step {step}"
        );
        assert!(outputs[name]["description"].is_string(), "output {name}");
    }
}

#[test]
fn pre_commit_hooks_run_flags_verdict_has() {
    let path = root().join(".pre-commit-hooks.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    let parsed = verdict::parse::parse(&text, &path, Some(verdict::kind::Kind::Yaml))
        .unwrap_or_else(|e| panic!(".pre-commit-hooks.yaml: {e:?}"));
    let hooks = parsed.documents[0]
        .value
        .as_array()
        .expect("a list of hooks")
        .clone();
    let hook = |id: &str| {
        hooks
            .iter()
            .find(|h| h["id"] == id)
            .unwrap_or_else(|| panic!("no hook {id}"))
            .clone()
    };
    let scan = hook("verdict");
    assert_eq!(scan["entry"], "verdict scan --skip-unknown");
    assert_eq!(scan["language"], "rust");
    assert_eq!(scan["pass_filenames"], true);
    let test = hook("verdict-test");
    assert_eq!(test["entry"], "verdict test");
    assert_eq!(test["pass_filenames"], false);

    let help = Command::new(verdict_bin())
        .args(["scan", "--help"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&help.stdout).contains("--skip-unknown"));
}
