//! A new user scans the root of a real repository: Helm charts, editor
//! configuration, vendored packages, templates that only look like
//! Dockerfiles, odd symlinks. Valid content never fails the gate; what is
//! passed over is counted and said why.

mod common;

use common::*;
use serde_json::Value;

const DEPLOYMENT_TEMPLATE: &str = r#"apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "shop.fullname" . }}
  labels:
    {{- include "shop.labels" . | nindent 4 }}
spec:
  {{- if not .Values.autoscaling.enabled }}
  replicas: {{ .Values.replicaCount }}
  {{- end }}
  template:
    spec:
      containers:
        - name: {{ .Chart.Name }}
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"
"#;

fn chart() -> Vec<(&'static str, &'static str)> {
    vec![
        ("charts/shop/Chart.yaml", "apiVersion: v2\nname: shop\nversion: 0.1.0\n"),
        ("charts/shop/values.yaml", "replicaCount: 1\nimage:\n  repository: shop\n  tag: \"\"\n"),
        ("charts/shop/templates/deployment.yaml", DEPLOYMENT_TEMPLATE),
        (
            "charts/shop/templates/tests/test-connection.yaml",
            "apiVersion: v1\nkind: Pod\nmetadata:\n  name: \"{{ include \"shop.fullname\" . }}-test\"\n  annotations:\n    \"helm.sh/hook\": test\n",
        ),
        (
            "charts/shop/templates/_helpers.tpl",
            "{{- define \"shop.fullname\" -}}\n{{ .Release.Name }}\n{{- end }}\n",
        ),
        ("charts/shop/templates/NOTES.txt", "Get the URL: {{ .Values.ingress.host }}\n"),
    ]
}

#[test]
fn helm_chart_templates_are_skipped_with_a_note_per_chart() {
    let dir = tree(&chart());
    let run = verdict_in(dir.path(), &["scan", "."], None);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stdout.contains("note: chart charts/shop: 4 templates not evaluated; scan rendered output: `helm template charts/shop | verdict scan - --kind kubernetes`"),
        "{run:?}"
    );
    let report = verdict_in(dir.path(), &["scan", ".", "-f", "json"], None).json();
    assert_valid(
        &root().join("schemas/verdict-report-v1.schema.json"),
        &report,
    );
    assert_eq!(report["summary"]["input_errors"], 0);
    assert_eq!(report["summary"]["skipped_reasons"]["helm-template"], 4);
    assert_eq!(report["notes"][0]["code"], "helm-chart");
    let sarif = verdict_in(dir.path(), &["scan", ".", "-f", "sarif"], None).json();
    let notes = &sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"];
    assert_eq!(notes[0]["level"], "note", "{notes:#}");
    assert!(notes[0]["message"]["text"]
        .as_str()
        .is_some_and(|t| t.contains("helm template charts/shop")));
    // Named explicitly, a template is still not an error; with --kind, it
    // is read as that kind (here: not YAML, so an error naming its line).
    let run = verdict_in(
        dir.path(),
        &["scan", "charts/shop/templates/deployment.yaml"],
        None,
    );
    assert_eq!(run.code, 0, "{run:?}");
    let run = verdict_in(
        dir.path(),
        &[
            "scan",
            "--kind",
            "kubernetes",
            "charts/shop/templates/deployment.yaml",
        ],
        None,
    );
    assert_eq!(run.code, 2, "{run:?}");
    // Inside the chart, the note says `helm template .`.
    let run = verdict_in(&dir.path().join("charts/shop"), &["scan", "."], None);
    assert!(run.stdout.contains("note: chart .: 4 templates not evaluated; scan rendered output: `helm template . | verdict scan - --kind kubernetes`"), "{run:?}");
}

#[test]
fn rendered_output_names_the_template_of_each_finding() {
    let rendered = "---\n# Source: shop/templates/serviceaccount.yaml\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: shop\n---\n# Source: shop/templates/deployment.yaml\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: shop\nspec:\n  template:\n    spec:\n      containers:\n        - name: shop\n          image: shop:1.0\n          securityContext:\n            privileged: true\n";
    let dir = tree(&[]);
    let run = verdict_in(
        dir.path(),
        &["scan", "-", "--kind", "kubernetes", "-f", "json"],
        Some(rendered),
    );
    assert_eq!(run.code, 1, "{run:?}");
    let report = run.json();
    assert_valid(
        &root().join("schemas/verdict-report-v1.schema.json"),
        &report,
    );
    let privileged: Vec<&Value> = report["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|f| f["rule_id"] == "VD-K8S-001")
        .collect();
    assert_eq!(privileged.len(), 1, "{report:#}");
    assert_eq!(privileged[0]["line"], 20, "the rendered line");
    assert_eq!(
        privileged[0]["source_template"],
        "shop/templates/deployment.yaml"
    );
    let run = verdict_in(
        dir.path(),
        &["scan", "-", "--kind", "kubernetes", "-f", "sarif"],
        Some(rendered),
    );
    let sarif = run.json();
    assert_valid(&root().join("schemas/sarif-schema-2.1.0.json"), &sarif);
    let result = sarif["runs"][0]["results"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|r| r["ruleId"] == "VD-K8S-001")
        .cloned()
        .unwrap_or_default();
    assert_eq!(
        result["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "shop/templates/deployment.yaml"
    );
}

#[test]
fn editor_configuration_and_vendored_packages_do_not_fail_the_gate() {
    let dir = tree(&[
        (
            "tsconfig.json",
            "{\n  // Strict mode for the app\n  \"compilerOptions\": {\n    \"strict\": true, /* always */\n    \"target\": \"es2022\",\n  },\n}\n",
        ),
        (
            ".devcontainer.json",
            "{\n  \"image\": \"mcr.microsoft.com/devcontainers/base\",\n  // forwarded\n  \"forwardPorts\": [3000,],\n}\n",
        ),
        (".vscode/settings.json", "{\n  // per-project\n  \"editor.tabSize\": 2\n}\n"),
        ("vendor/left-pad/package.json", "{\"name\": \"left-pad\", \"version\": \"1.3.0\"}\n"),
        ("Cargo.toml", "[package]\nname = \"x\"\n"),
    ]);
    let run = verdict_in(dir.path(), &["scan", ".", "-f", "json"], None);
    assert_eq!(run.code, 0, "{run:?}");
    let report = run.json();
    assert_eq!(report["summary"]["input_errors"], 0);
    assert_eq!(
        report["summary"]["skipped_reasons"]["kind-not-read"], 5,
        "{report:#}"
    );

    // A policy that reads generic JSON sees tsconfig.json and the dev
    // container file, comments and trailing commas and all.
    let policy = tree(&[(
        "p.rego",
        "# METADATA\n# custom:\n#   kinds: [json]\npackage editor\n\nimport rego.v1\n\nwarn contains {\"msg\": \"not strict\", \"path\": [\"compilerOptions\"]} if {\n\tinput.compilerOptions\n\tnot input.compilerOptions.strict == false\n}\n",
    )]);
    let p = policy.path().join("p.rego");
    let run = verdict_in(
        dir.path(),
        &[
            "scan",
            "tsconfig.json",
            ".devcontainer.json",
            "-p",
            &p.to_string_lossy(),
            "-f",
            "json",
        ],
        None,
    );
    assert_eq!(run.code, 0, "{run:?}");
    let report = run.json();
    assert_eq!(report["summary"]["files"], 2);
    assert_eq!(report["findings"][0]["file"], "tsconfig.json");
    assert_eq!(report["findings"][0]["line"], 3);
}

#[test]
fn names_that_only_look_like_dockerfiles_are_not_read_as_dockerfiles() {
    let dir = tree(&[
        (
            "Dockerfile.template",
            "FROM {{ .base }}\n{{ range .packages }}RUN apk add {{ . }}\n{{ end }}\n",
        ),
        ("testdata/dockerfile.json.golden", "[{\"Cmd\": \"from\"}]\n"),
        ("docs/Dockerfile.md", "# How to build\n"),
        (
            "Dockerfile.prod",
            "FROM alpine:3.20\nUSER app\nHEALTHCHECK CMD true\n",
        ),
        (
            "api.Dockerfile",
            "FROM alpine:3.20\nUSER app\nHEALTHCHECK CMD true\n",
        ),
    ]);
    let run = verdict_in(dir.path(), &["scan", ".", "-f", "json"], None);
    assert!(run.code == 0 || run.code == 1, "{run:?}");
    let report = run.json();
    let files: std::collections::BTreeSet<&str> = report["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|f| f["file"].as_str())
        .collect();
    assert!(!files.contains("Dockerfile.template"), "{report:#}");
    assert_eq!(report["summary"]["files"], 2, "{report:#}");
    assert_eq!(report["summary"]["skipped_reasons"]["unknown-kind"], 3);
}

#[cfg(unix)]
#[test]
fn a_symlink_that_points_to_itself_is_warned_about_once_and_not_followed() {
    let dir = tree(&[(
        "k8s/pod.yaml",
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\nspec:\n  containers: []\n",
    )]);
    std::os::unix::fs::symlink("loop.yaml", dir.path().join("k8s/loop.yaml"))
        .unwrap_or_else(|e| panic!("{e}"));
    let run = verdict_in(dir.path(), &["scan", ".", "-f", "json"], None);
    assert_eq!(run.code, 0, "{run:?}");
    let report = run.json();
    let warnings: Vec<&Value> = report["warnings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|w| w["code"] == "symlink-loop")
        .collect();
    assert_eq!(warnings.len(), 1, "{report:#}");
    assert!(warnings[0]["file"]
        .as_str()
        .is_some_and(|f| f.ends_with("k8s/loop.yaml")));
}

#[test]
fn truly_broken_input_still_fails_closed_with_its_place() {
    let dir = tree(&[
        (
            "k8s/broken.yaml",
            "apiVersion: v1\nkind: Pod\nmetadata:\n  name: [a\n",
        ),
        (
            "infra/main.tf",
            "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \n}\n",
        ),
        (
            "reports/scan.sarif",
            "{\"version\": \"2.1.0\", \"runs\": [\n",
        ),
    ]);
    let run = verdict_in(dir.path(), &["scan", ".", "-f", "json"], None);
    assert_eq!(run.code, 2, "{run:?}");
    let report = run.json();
    let errors: Vec<(String, Option<u64>)> = report["errors"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|e| {
            (
                e["file"].as_str().unwrap_or_default().to_string(),
                e["line"].as_u64(),
            )
        })
        .collect();
    let files: Vec<&str> = errors.iter().map(|(f, _)| f.as_str()).collect();
    assert_eq!(
        files,
        ["infra/main.tf", "k8s/broken.yaml", "reports/scan.sarif"],
        "{report:#}"
    );
    assert!(errors.iter().all(|(_, l)| l.is_some()), "{errors:?}");
}
