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
    let out = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let sarif_path = out.path().join("r.sarif");
    let fmt = format!("sarif={}", sarif_path.display());
    let run = verdict(&[
        "scan",
        "testdata/iac",
        "-p",
        "tests/policies/markers",
        "-f",
        &fmt,
    ]);
    assert_eq!(run.code, 1, "{run:?}");
    let sarif = read_json(&sarif_path);
    let mut reported = BTreeSet::new();
    for r in sarif["runs"][0]["results"].as_array().into_iter().flatten() {
        let marker = r["message"]["text"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        let loc = &r["locations"][0]["physicalLocation"];
        let uri = loc["artifactLocation"]["uri"].as_str().unwrap_or_default();
        let line = loc["region"]["startLine"].as_u64().unwrap_or(0) as usize;
        let text = std::fs::read_to_string(root().join(uri)).unwrap_or_default();
        let at = text.lines().nth(line.wrapping_sub(1)).unwrap_or("");
        assert!(
            at.contains(&marker),
            "{uri}:{line} is `{at}`, expected {marker}"
        );
        reported.insert(marker);
    }
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
