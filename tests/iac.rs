//! Infrastructure as code: conftest-compatible shapes and exact lines for
//! CloudFormation, Terraform (HCL and plans), Dockerfiles.

mod common;

use std::collections::BTreeSet;

use common::*;
use serde_json::json;

/// Every `MARK-…` token in the IaC fixtures is reported by the marker
/// policy, at a line that holds that token.
#[test]
fn every_iac_marker_is_reported_on_its_own_line() {
    let reported: BTreeSet<String> = marker_results("testdata/iac")
        .into_iter()
        .map(|(m, _, _)| m)
        .collect();
    let mut planted = BTreeSet::new();
    let mut stack = vec![root().join("testdata/iac")];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            if e.path().is_dir() {
                stack.push(e.path());
                continue;
            }
            let text = std::fs::read_to_string(e.path()).unwrap_or_default();
            for (i, _) in text.match_indices("MARK-") {
                let token: String = text[i..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                    .collect();
                planted.insert(token);
            }
        }
    }
    assert_eq!(reported, planted);
}

/// `path → line:column` pairs of `verdict parse --lines`.
fn lines_of(file: &str) -> std::collections::BTreeMap<String, String> {
    let run = verdict(&["parse", "--lines", file]);
    assert_eq!(run.code, 0, "{run:?}");
    run.stdout
        .lines()
        .filter_map(|l| {
            let (path, pos) = l.rsplit_once('\t')?;
            Some((path.to_string(), pos.split(':').next()?.to_string()))
        })
        .collect()
}

#[test]
fn terraform_entries_map_to_their_lines() {
    let lines = lines_of("testdata/iac/terraform/main.tf");
    let at = |p: &str| {
        lines
            .get(p)
            .cloned()
            .unwrap_or_else(|| panic!("no {p} in {lines:?}"))
    };
    assert_eq!(at("/resource/aws_security_group/web/0"), "9");
    assert_eq!(at("/resource/aws_security_group/web/0/ingress/0"), "12");
    assert_eq!(at("/resource/aws_security_group/web/0/ingress/1"), "19");
    assert_eq!(
        at("/resource/aws_security_group/web/0/ingress/1/from_port"),
        "20"
    );
    assert_eq!(
        at("/resource/aws_iam_policy/p/0/policy"),
        "33",
        "a heredoc attribute: its key's line"
    );
    assert_eq!(at("/module/vpc/0/azs"), "40");
}

#[test]
fn conftest_style_hcl_policies_run_unchanged() {
    let dir = tree(&[(
        "policy/s3.rego",
        "package main\nimport rego.v1\n\ndeny contains msg if {\n  some name\n  bucket := input.resource.aws_s3_bucket[name][_]\n  not bucket.server_side_encryption_configuration\n  msg := sprintf(\"bucket %s is not encrypted\", [name])\n}\n",
    )]);
    let fixture = root().join("testdata/iac/terraform/main.tf");
    let run = verdict_in(
        dir.path(),
        &[
            "scan",
            &fixture.to_string_lossy(),
            "-p",
            "policy",
            "-f",
            "json",
        ],
        None,
    );
    assert_eq!(run.code, 1, "{run:?}");
    assert_eq!(
        run.json()["findings"][0]["message"],
        "bucket MARK-tf-resource-block is not encrypted"
    );
}

/// conftest's own HCL2 conversion cases: `verdict parse` yields exactly this JSON.
#[test]
fn hcl_converts_to_conftests_shape() {
    let cases: &[(&str, serde_json::Value)] = &[
        (
            "resource \"aws_s3_bucket\" \"b\" {\n  acl = \"private\"\n}\n",
            json!({"resource": {"aws_s3_bucket": {"b": [{"acl": "private"}]}}}),
        ),
        (
            "resource \"aws_security_group\" \"sg\" {\n  ingress {\n    from_port = 22\n  }\n  ingress {\n    from_port = 443\n  }\n}\n",
            json!({"resource": {"aws_security_group": {"sg": [{"ingress": [{"from_port": 22}, {"from_port": 443}]}]}}}),
        ),
        (
            "provider \"aws\" {\n  region = \"us-east-1\"\n}\nprovider \"aws\" {\n  alias = \"west\"\n  region = \"us-west-2\"\n}\n",
            json!({"provider": {"aws": [{"region": "us-east-1"}, {"alias": "west", "region": "us-west-2"}]}}),
        ),
        (
            "resource \"x\" \"y\" {\n  dynamic \"setting\" {\n    for_each = var.settings\n    content {\n      name = setting.key\n    }\n  }\n}\n",
            json!({"resource": {"x": {"y": [{"dynamic": {"setting": [{"for_each": "${var.settings}", "content": [{"name": "${setting.key}"}]}]}}]}}}),
        ),
        (
            "locals {\n  simple = \"${4 - 2}\"\n  cond = a > 2 ? 1 : 0\n}\n",
            json!({"locals": [{"simple": "${4 - 2}", "cond": "${a > 2 ? 1 : 0}"}]}),
        ),
        (
            "locals {\n  a = <<EOT\n  keep\nEOT\n  b = <<-EOT\n    strip\n    EOT\n}\n",
            json!({"locals": [{"a": "  keep\n", "b": "strip\n"}]}),
        ),
        (
            "locals {\n  t = \"Hello, %{ if var.name != \"\" }${var.name}%{ else }unnamed%{ endif }!\"\n}\n",
            json!({"locals": [{"t": "Hello, %{if var.name != \"\"}${var.name}%{else}unnamed%{endif}!"}]}),
        ),
    ];
    for (i, (hcl, want)) in cases.iter().enumerate() {
        let dir = tree(&[("case.tf", hcl)]);
        let run = verdict_in(dir.path(), &["parse", "case.tf"], None);
        assert_eq!(run.code, 0, "case {i}: {run:?}");
        assert_eq!(&run.json(), want, "case {i}:\n{hcl}");
    }
}

#[test]
fn malformed_hcl_exits_2_with_file_line_and_column() {
    let dir = tree(&[("main.tf", "resource \"a\" \"b\" {\n  x = \n}\n")]);
    let run = verdict_in(dir.path(), &["scan", "main.tf"], None);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stdout.contains("main.tf:3:") || run.stdout.contains("main.tf:2:"),
        "{run:?}"
    );
}

#[test]
fn cloudformation_short_tags_parse_to_their_long_form() {
    let run = verdict(&["parse", "testdata/iac/cloudformation/template.yaml"]);
    assert_eq!(run.code, 0, "{run:?}");
    let v = run.json();
    let props = &v["Resources"]["Policy"]["Properties"];
    assert_eq!(props["Bucket"], json!({"Ref": "MARK-cfn-ref"}));
    let res = &props["PolicyDocument"]["Statement"][0]["Resource"];
    assert_eq!(res[0], json!({"Fn::GetAtt": ["MARK-cfn-getatt", "Arn"]}));
    assert_eq!(
        res[1],
        json!({"Fn::GetAtt": ["MARK-cfn-getatt-list", "Arn"]})
    );
    assert_eq!(
        res[2],
        json!({"Fn::Join": ["", [{"Fn::GetAtt": ["Logs", "Arn"]}, "/*"]]})
    );
    assert_eq!(
        v["Resources"]["MARK-cfn-resource"]["Properties"]["BucketName"],
        json!({"Fn::Sub": "${Env}-logs"})
    );
    assert!(run.stderr.contains("kind cloudformation"), "{run:?}");
}

#[test]
fn an_unknown_cloudformation_tag_warns_and_does_not_abort() {
    let dir = tree(&[
        (
            "t.yaml",
            "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Rain::Embed name.txt\n      Other: !Rain::Embed other.txt\n",
        ),
        ("p/p.rego", "package p\nimport rego.v1\ndeny contains \"seen\" if input.Resources.B.Properties.BucketName == \"name.txt\"\n"),
    ]);
    let run = verdict_in(dir.path(), &["scan", "t.yaml", "-p", "p"], None);
    assert_eq!(
        run.code, 1,
        "the scan went on and the policy saw the value: {run:?}"
    );
    assert_eq!(
        run.stdout
            .matches("unknown CloudFormation tag `!Rain::Embed`")
            .count(),
        1,
        "warned once: {run:?}"
    );
    assert!(run.stdout.contains("t.yaml:6:"), "{run:?}");
}

#[test]
fn malformed_cloudformation_exits_2_with_file_and_line() {
    let dir = tree(&[(
        "t.yaml",
        "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties: {BucketName: [unclosed\n",
    )]);
    let run = verdict_in(dir.path(), &["scan", "t.yaml"], None);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stdout.contains("t.yaml:6:") || run.stdout.contains("t.yaml:5:"),
        "{run:?}"
    );
}

#[test]
fn every_cloudformation_terraform_plan_and_kubernetes_corpus_file_parses() {
    for sub in [
        "corpus/cloudformation",
        "corpus/terraform-plan",
        "corpus/kubernetes",
    ] {
        let Some(dir) = shared(sub) else { return };
        let run = verdict(&[
            "scan",
            &dir.to_string_lossy(),
            "-f",
            "json",
            "--fail-on",
            "never",
        ]);
        let report = run.json();
        assert_eq!(report["errors"], json!([]), "{sub}: {}", report["errors"]);
        assert_eq!(run.code, 0, "{sub}: {run:?}");
    }
    // Kinds are detected from content: the plans are plans, the templates templates.
    let Some(dir) = shared("corpus/terraform-plan") else {
        return;
    };
    for f in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
        let run = verdict(&["parse", &f.path().to_string_lossy()]);
        assert!(
            run.stderr.contains("kind terraform-plan"),
            "{}: {run:?}",
            f.path().display()
        );
    }
}

#[test]
fn a_synthetic_tree_of_2000_terraform_files_and_500_dockerfiles_all_parse() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let files =
        verdict::synthetic::write_tree(dir.path(), 2000, 500).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(files.len(), 2500);
    let mut failures = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap_or_default();
        match verdict::parse::parse(&text, f, None) {
            Ok(p) if p.documents.len() == 1 => {}
            Ok(p) => failures.push(format!("{}: {} documents", f.display(), p.documents.len())),
            Err(e) => failures.push(format!("{}: {e}", f.display())),
        }
    }
    assert!(
        failures.is_empty(),
        "{} failed:\n{}",
        failures.len(),
        failures[..failures.len().min(10)].join("\n")
    );
}

#[test]
fn dockerfiles_parse_to_conftests_instruction_list() {
    let dir = tree(&[(
        "Dockerfile",
        "FROM golang:1.22 AS build\nCOPY --chown=1:1 . /src\nRUN go build \\\n    -o /app\nFROM alpine:3.19\nONBUILD RUN echo hi\nCOPY --from=build /app /app\nCMD [\"/app\", \"serve\"]\n",
    )]);
    let run = verdict_in(dir.path(), &["parse", "Dockerfile"], None);
    assert_eq!(run.code, 0, "{run:?}");
    let v = run.json();
    assert_eq!(
        v[0],
        json!({"Cmd": "from", "SubCmd": "", "JSON": false, "Flags": [], "Value": ["golang:1.22", "AS", "build"], "Stage": 0})
    );
    assert_eq!(v[1]["Flags"], json!(["--chown=1:1"]));
    assert_eq!(v[2]["Value"], json!(["go build     -o /app"]));
    assert_eq!(
        (v[3]["Cmd"].as_str(), v[3]["Stage"].as_u64()),
        (Some("from"), Some(1))
    );
    assert_eq!(
        (v[4]["Cmd"].as_str(), v[4]["SubCmd"].as_str()),
        (Some("onbuild"), Some("RUN"))
    );
    assert_eq!(v[5]["Flags"], json!(["--from=build"]));
    assert_eq!(
        (v[6]["JSON"].as_bool(), v[6]["Value"].clone()),
        (Some(true), json!(["/app", "serve"]))
    );
    let lines = lines_of(&dir.path().join("Dockerfile").to_string_lossy());
    assert_eq!(
        lines.get("/3").map(String::as_str),
        Some("5"),
        "after a continuation"
    );
}

#[test]
fn malformed_dockerfiles_exit_2_with_file_and_line() {
    let dir = tree(&[("Dockerfile", "FROM alpine\nRUN <<EOF\necho never closed\n")]);
    let run = verdict_in(dir.path(), &["scan", "Dockerfile"], None);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stdout.contains("Dockerfile:2:"), "{run:?}");
    let dir = tree(&[("Dockerfile", "FROM alpine\nFROBNICATE now\n")]);
    let run = verdict_in(dir.path(), &["scan", "Dockerfile"], None);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stdout.contains("Dockerfile:2:") && run.stdout.contains("FROBNICATE"),
        "{run:?}"
    );
}

#[test]
fn a_terraform_folder_is_one_module_and_findings_land_in_the_right_file() {
    let dir = tree(&[
        ("infra/s3.tf", "resource \"aws_s3_bucket\" \"logs\" {\n  bucket = \"logs\"\n}\n"),
        (
            "infra/versioning.tf",
            "resource \"aws_s3_bucket_versioning\" \"v\" {\n  bucket = aws_s3_bucket.logs.id\n  versioning_configuration {\n    status = \"Enabled\"\n  }\n}\n",
        ),
        (
            "infra/sg.tf",
            "# security groups\n\nresource \"aws_security_group\" \"ssh\" {\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    protocol    = \"tcp\"\n    cidr_blocks = [\"0.0.0.0/0\"]\n  }\n}\n",
        ),
    ]);
    let run = verdict_in(dir.path(), &["scan", "infra", "-f", "json"], None);
    let report = run.json();
    let got: Vec<(String, String, u64)> = report["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|f| {
            (
                f["rule_id"].as_str().unwrap_or_default().to_string(),
                f["file"].as_str().unwrap_or_default().to_string(),
                f["line"].as_u64().unwrap_or(0),
            )
        })
        .collect();
    assert_eq!(report["summary"]["files"], 3, "{run:?}");
    assert!(
        !got.iter().any(|(id, _, _)| id == "VD-TF-AWS-004"),
        "versioning is in another file of the module: {got:?}"
    );
    assert!(
        got.iter()
            .any(|(id, f, l)| id == "VD-TF-AWS-001" && f == "infra/s3.tf" && *l == 1),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|(id, f, l)| id == "VD-TF-AWS-006" && f == "infra/sg.tf" && (4..=8).contains(l)),
        "{got:?}"
    );
    assert!(report["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .any(|f| f["resource"] == "aws_s3_bucket.logs"));

    let per_file = verdict_in(
        dir.path(),
        &["scan", "infra", "-f", "json", "--terraform-per-file"],
        None,
    );
    assert!(
        per_file.json()["findings"]
            .as_array()
            .into_iter()
            .flatten()
            .any(|f| f["rule_id"] == "VD-TF-AWS-004"),
        "conftest's per-file view does not see the other file: {per_file:?}"
    );
}
