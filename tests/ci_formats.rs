//! The CI formats end to end: junit (valid against `schemas/junit.xsd`),
//! gitlab (Code Quality), github (workflow commands) and markdown, each
//! checked against the JSON report of the same scan.

mod common;

use std::collections::HashSet;
use std::path::Path;
use std::process::Command;

use common::*;
use serde_json::Value;

/// Every `--format` of one scan of `dir` (relative to `cwd`), read back.
struct Outputs {
    run: Run,
    json: Value,
    junit: String,
    gitlab: Value,
    github: String,
    markdown: String,
    _dir: tempfile::TempDir,
}

fn scan_all(cwd: &Path, args: &[&str]) -> Outputs {
    let out = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let path = |name: &str| out.path().join(name).display().to_string();
    let formats: Vec<String> = [
        ("json", "r.json"),
        ("junit", "r.xml"),
        ("gitlab", "gl.json"),
        ("github", "gh.txt"),
        ("markdown", "summary.md"),
    ]
    .iter()
    .map(|(f, name)| format!("{f}={}", path(name)))
    .collect();
    let mut all: Vec<&str> = args.to_vec();
    for f in &formats {
        all.extend(["-f", f.as_str()]);
    }
    let run = verdict_in(cwd, &all, None);
    let read = |name: &str| {
        std::fs::read_to_string(out.path().join(name))
            .unwrap_or_else(|e| panic!("{name}: {e}\n{run:?}"))
    };
    Outputs {
        json: read_json(&out.path().join("r.json")),
        junit: read("r.xml"),
        gitlab: read_json(&out.path().join("gl.json")),
        github: read("gh.txt"),
        markdown: read("summary.md"),
        run,
        _dir: out,
    }
}

fn findings(json: &Value) -> Vec<Value> {
    json["findings"].as_array().cloned().unwrap_or_default()
}

fn active(json: &Value) -> Vec<Value> {
    findings(json)
        .into_iter()
        .filter(|f| f["suppressed"].is_null())
        .collect()
}

fn s<'a>(v: &'a Value, key: &str) -> &'a str {
    v[key].as_str().unwrap_or_default()
}

/// Validate JUnit XML with xmllint; skip (with a notice) when it is not
/// installed, unless `VERDICT_REQUIRE_XMLLINT=1` says CI has it.
fn assert_valid_junit(xml: &str) {
    let required = std::env::var("VERDICT_REQUIRE_XMLLINT").is_ok_and(|v| v == "1");
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let file = dir.path().join("report.xml");
    std::fs::write(&file, xml).unwrap_or_else(|e| panic!("write: {e}"));
    let schema = root().join("schemas/junit.xsd");
    let out = Command::new("xmllint")
        .arg("--schema")
        .arg(&schema)
        .arg("--noout")
        .arg(&file)
        .output();
    match out {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !required => {
            eprintln!(
                "notice: xmllint is not installed (Debian: libxml2-utils); \
                 skipping the JUnit schema check"
            );
        }
        Err(e) => panic!("xmllint could not run ({e}); VERDICT_REQUIRE_XMLLINT=1 needs it"),
        Ok(o) => assert!(
            o.status.success(),
            "JUnit report is not valid against {}:\n{}\n{xml}",
            schema.display(),
            String::from_utf8_lossy(&o.stderr)
        ),
    }
}

/// The value of `attr="…"` on the first element `<tag `.
fn attr(xml: &str, tag: &str, attr: &str) -> Option<usize> {
    let start = xml.find(&format!("<{tag} "))?;
    let rest = &xml[start..];
    let rest = &rest[..rest.find('>')?];
    let key = format!(" {attr}=\"");
    let at = rest.find(&key)? + key.len();
    rest[at..].split('"').next()?.parse().ok()
}

#[test]
fn every_ci_format_shows_every_finding_of_the_example() {
    let o = scan_all(&root(), &["scan", "testdata/example"]);
    assert_eq!(o.run.code, 1, "{:?}", o.run);
    let active = active(&o.json);
    let summary = &o.json["summary"];
    assert!(active.len() > 20, "the example should have many findings");

    // JUnit: valid, one failure per finding that fails the gate, every finding's place.
    assert_valid_junit(&o.junit);
    assert_eq!(
        attr(&o.junit, "testsuites", "failures"),
        summary["failing"].as_u64().map(|n| n as usize)
    );
    assert_eq!(attr(&o.junit, "testsuites", "errors"), Some(0));
    for f in &active {
        let place = format!("{}:{}:{}", s(f, "file"), f["line"], f["column"]);
        assert!(o.junit.contains(&place), "{place} missing from JUnit");
    }

    // GitLab: one issue per active finding, same line, unique fingerprints.
    let issues = o.gitlab.as_array().cloned().unwrap_or_default();
    assert_eq!(issues.len(), active.len());
    let fps: HashSet<&str> = issues.iter().map(|i| s(i, "fingerprint")).collect();
    assert_eq!(
        fps.len(),
        issues.len(),
        "GitLab fingerprints must be unique"
    );
    for f in &active {
        assert!(
            issues.iter().any(|i| s(i, "check_name") == s(f, "rule_id")
                && i["location"]["path"] == f["file"]
                && i["location"]["lines"]["begin"] == f["line"]),
            "no GitLab issue for {f}"
        );
    }
    let allowed = ["info", "minor", "major", "critical", "blocker"];
    assert!(issues.iter().all(|i| allowed.contains(&s(i, "severity"))));

    // GitHub: at most 10 of each kind, the rest named in a notice and listed.
    let lines: Vec<&str> = o.github.lines().collect();
    let count = |key: &str| summary[key].as_u64().unwrap_or(0) as usize;
    let errors = lines.iter().filter(|l| l.starts_with("::error ")).count();
    let warnings = lines.iter().filter(|l| l.starts_with("::warning ")).count();
    assert_eq!(errors, count("errors").min(10));
    assert_eq!(warnings, count("warnings").min(10));
    assert!(
        count("warnings") > 10,
        "the example should overflow the warning annotations"
    );
    assert!(
        o.github.contains(&format!(
            "::notice title=verdict::Not annotated: {} warnings",
            count("warnings") - 10
        )),
        "{}",
        o.github
    );
    let rank = |f: &Value| {
        ["info", "low", "medium", "high", "critical"]
            .iter()
            .position(|x| *x == s(f, "severity"))
            .unwrap_or(0)
    };
    let mut annotated = Vec::new();
    let mut listed = Vec::new();
    for f in &active {
        let command = format!(
            "file={},line={},col={},title={}::",
            s(f, "file"),
            f["line"],
            f["column"],
            s(f, "rule_id")
        );
        let plain = format!(
            "{}:{}:{} [{}]",
            s(f, "file"),
            f["line"],
            f["column"],
            s(f, "rule_id")
        );
        if o.github.contains(&command) {
            annotated.push(f);
        } else {
            assert!(
                o.github.contains(&plain),
                "{plain} neither annotated nor listed:\n{}",
                o.github
            );
            listed.push(f);
        }
    }
    // The most severe are the ones annotated.
    let least_annotated = annotated
        .iter()
        .filter(|f| s(f, "level") == "warning")
        .map(|f| rank(f))
        .min();
    let most_listed = listed.iter().map(|f| rank(f)).max();
    assert!(least_annotated >= most_listed, "{}", o.github);
    assert!(
        lines
            .last()
            .is_some_and(|l| l.starts_with("verdict: FAIL — 3 files, ")),
        "{}",
        o.github
    );

    // Markdown: the verdict, and a linked row per finding (fewer than the cap).
    assert!(
        o.markdown.starts_with("## ❌ verdict: FAIL"),
        "{}",
        o.markdown
    );
    for f in &active {
        let link = format!("({}#L{})", s(f, "file"), f["line"]);
        assert!(
            o.markdown.contains(&link),
            "{link} missing:\n{}",
            o.markdown
        );
    }
    let rows = o
        .markdown
        .lines()
        .filter(|l| l.contains("#L") && l.starts_with("| "))
        .count();
    assert_eq!(rows, active.len());
}

const ODD: &str = r#"# METADATA
# title: Odd things
# custom:
#   id: "T:ODD,1"
#   severity: high
#   remediation: "Fix it: now, 100%"
package t.odd
import rego.v1

deny contains {"msg": sprintf("100%% wrong: a,b\r\n::error::forged | <b>x</b> `tick` %s", [input.name]), "path": ["name"], "resource": input.name} if input.name
"#;

const WARN: &str = r#"# METADATA
# custom:
#   id: T-WARN
#   severity: low
package t.warn
import rego.v1

warn contains {"msg": "just a warning", "path": ["image"]} if input.image
"#;

#[test]
fn user_text_is_escaped_suppressed_findings_left_out_and_broken_inputs_shown() {
    let dir = tree(&[
        ("policy/odd.rego", ODD),
        ("policy/warn.rego", WARN),
        (
            "in/odd,name:50%.yaml",
            "name: app\n# verdict:ignore[T-WARN] accepted for now\nimage: nginx\n",
        ),
        ("in/broken.yaml", "name: [unclosed\n"),
    ]);
    let o = scan_all(dir.path(), &["scan", "in", "-p", "policy"]);
    assert_eq!(o.run.code, 2, "{:?}", o.run);

    // GitHub: properties escape `%`, `:` and `,`; the message escapes CR/LF,
    // so the forged command stays inside the message.
    let gh: Vec<&str> = o.github.lines().collect();
    assert_eq!(
        gh[0],
        "::error file=in/broken.yaml,line=2,col=1,title=verdict/parse-error::did not find expected ',' or ']' (while parsing a flow sequence that starts at 1:7)",
        "{}",
        o.github
    );
    assert_eq!(
        gh[1],
        "::error file=in/odd%2Cname%3A50%25.yaml,line=1,col=1,title=T%3AODD%2C1::100%25 wrong: a,b%0D%0A::error::forged | <b>x</b> `tick` app (high)%0AResource: app%0ARemediation: Fix it: now, 100%25"
    );
    assert!(!o.github.contains("T-WARN"), "suppressed: {}", o.github);
    assert!(gh.iter().all(|l| !l.starts_with("::error::")));
    assert_eq!(
        gh.last().copied(),
        Some("verdict: ERROR — 2 files, 2 findings: 1 error, 0 warnings, 1 suppressed, 1 input could not be evaluated")
    );

    // JUnit: still valid; the parse error is an <error>, the suppressed warning <skipped>.
    assert_valid_junit(&o.junit);
    assert_eq!(attr(&o.junit, "testsuites", "errors"), Some(1));
    assert_eq!(attr(&o.junit, "testsuites", "failures"), Some(1));
    assert_eq!(attr(&o.junit, "testsuites", "skipped"), Some(1));
    assert!(o
        .junit
        .contains(r#"<testcase name="verdict/parse-error: in/broken.yaml:2""#));
    assert!(o
        .junit
        .contains(r#"<skipped message="suppressed (inline): accepted for now"#));
    assert!(o.junit.contains("&lt;b&gt;x&lt;/b&gt;"), "{}", o.junit);

    // GitLab: the broken file is a blocker; the suppressed finding is absent.
    let issues = o.gitlab.as_array().cloned().unwrap_or_default();
    let names: Vec<&str> = issues.iter().map(|i| s(i, "check_name")).collect();
    assert_eq!(names, ["T:ODD,1", "verdict/parse-error"]);
    assert_eq!(issues[1]["severity"], "blocker");
    assert_eq!(issues[0]["location"]["path"], "in/odd,name:50%.yaml");
    assert!(s(&issues[0]["content"], "body").contains("Fix it: now, 100%"));

    // Markdown: the cell holds the message without breaking the row or adding HTML.
    let row = o
        .markdown
        .lines()
        .find(|l| l.contains("T:ODD,1"))
        .unwrap_or_default();
    assert_eq!(
        row,
        "| high error | T:ODD,1 | [in/odd,name:50%.yaml:1](in/odd%2Cname%3A50%25.yaml#L1) | 100% wrong: a,b<br>::error::forged \\| &lt;b&gt;x&lt;/b&gt; &#96;tick&#96; app<br>resource: app |"
    );
    assert!(o.markdown.starts_with("## 🛑 verdict: ERROR"));
    assert!(o
        .markdown
        .contains("| [in/broken.yaml:2](in/broken.yaml#L2) | `parse-error` |"));
    assert!(
        o.markdown.contains("1 finding is suppressed"),
        "{}",
        o.markdown
    );
}
