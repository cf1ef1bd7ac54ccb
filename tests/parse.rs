//! `verdict parse`: the input a policy sees, and where each entry sits.

mod common;

use common::*;

#[test]
fn parse_prints_the_json_a_policy_sees() {
    let run = verdict(&["parse", "testdata/lines/.github/workflows/ci.yml"]);
    assert_eq!(run.code, 0, "{run:?}");
    let v = run.json();
    assert_eq!(
        v["on"]["push"]["branches"][0], "main",
        "`on` stays a string key"
    );
    assert!(run.stderr.contains("kind github-workflow"), "{run:?}");
}

#[test]
fn parse_of_a_stream_prints_every_document() {
    let run = verdict(&["parse", "testdata/lines/k8s/stack.yaml"]);
    assert_eq!(run.code, 0, "{run:?}");
    let v = run.json();
    assert_eq!(v.as_array().map(Vec::len), Some(3));
    assert_eq!(
        v[1]["spec"]["template"]["metadata"]["labels"]["tier"],
        "MARK-k8s-doc2-scalar"
    );
    assert_eq!(
        v[1]["spec"]["template"]["metadata"]["labels"]["extra"],
        "yes"
    );
}

#[test]
fn parse_lines_prints_the_source_map() {
    let run = verdict(&["parse", "--lines", "testdata/lines/reports/bom.cdx.json"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stdout.lines().any(|l| l == "/components/1\t11:5"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.lines().any(|l| l == "/components/2/name\t14:7"),
        "{}",
        run.stdout
    );
}

#[test]
fn parse_errors_name_file_line_and_column() {
    let dir = tree(&[("x.json", "{\n  \"a\": [1,\n}\n")]);
    let run = verdict_in(dir.path(), &["parse", "x.json"], None);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("x.json:3:1"), "{run:?}");
}
