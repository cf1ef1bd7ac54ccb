//! CloudFormation's YAML short-form intrinsics (`!Ref`, `!GetAtt`, `!Sub`…)
//! rewritten to the long form the JSON template syntax uses, so one policy
//! serves both (`!Ref X` → `{"Ref": "X"}`, `!GetAtt A.B` → `{"Fn::GetAtt": ["A", "B"]}`).

use serde_json::{Map, Value};

use crate::source_map::PosTree;

const FUNCTIONS: &[&str] = &[
    "Base64",
    "Cidr",
    "FindInMap",
    "GetAtt",
    "GetAZs",
    "ImportValue",
    "Join",
    "Select",
    "Split",
    "Sub",
    "Transform",
    "And",
    "Equals",
    "If",
    "Not",
    "Or",
    "ToJsonString",
    "Length",
];

/// The YAML tag mapper for CloudFormation templates. Unknown tags are
/// returned unchanged in `Err` so the caller can warn about them.
pub fn map_tag(
    tag: &str,
    value: Value,
    tree: PosTree,
) -> Result<(Value, PosTree), (Value, PosTree)> {
    let Some(name) = tag.strip_prefix('!') else {
        return Err((value, tree));
    };
    let key = match name {
        "Ref" | "Condition" => name.to_string(),
        n if FUNCTIONS.contains(&n) => format!("Fn::{n}"),
        _ => return Err((value, tree)),
    };
    let pos = tree.pos;
    let (value, tree) = match (name, value) {
        // `!GetAtt Bucket.Arn` is the list form split at the first dot.
        ("GetAtt", Value::String(s)) => match s.split_once('.') {
            Some((res, attr)) => (
                Value::Array(vec![
                    Value::String(res.to_string()),
                    Value::String(attr.to_string()),
                ]),
                PosTree {
                    pos,
                    children: vec![PosTree::leaf(pos), PosTree::leaf(pos)],
                },
            ),
            None => (Value::String(s), tree),
        },
        (_, v) => (v, tree),
    };
    let mut obj = Map::new();
    obj.insert(key, value);
    Ok((
        Value::Object(obj),
        PosTree {
            pos,
            children: vec![tree],
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::yaml;
    use crate::source_map::{resolve, Segment};
    use serde_json::json;

    fn cfn(text: &str) -> yaml::YamlDocument {
        match yaml::parse(text, &map_tag) {
            Ok(mut d) if !d.is_empty() => d.remove(0),
            other => panic!("parse: {:?}", other.err()),
        }
    }

    #[test]
    fn every_short_form_becomes_its_long_form() {
        let d = cfn(concat!(
            "a: !Ref Bucket\n",
            "b: !GetAtt Bucket.Arn\n",
            "c: !GetAtt [Bucket, Arn]\n",
            "d: !Sub 'arn:${AWS::Partition}:s3:::${Bucket}'\n",
            "e: !Sub ['${A}', {A: !Ref X}]\n",
            "f: !Join ['', [a, !Ref B]]\n",
            "g: !If [IsProd, !Ref P, !Ref AWS::NoValue]\n",
            "h: !Equals [!Ref Env, prod]\n",
            "i: !Not [!Condition IsProd]\n",
            "j: !FindInMap [M, !Ref AWS::Region, AMI]\n",
            "k: !Select [0, !GetAZs '']\n",
            "l: !Base64 hello\n",
            "m: !Cidr [10.0.0.0/16, 4, 8]\n",
            "n: !ImportValue shared-vpc\n",
            "o: !Split [',', 'a,b']\n",
            "p: !And [!Condition A, !Condition B]\n",
            "q: !Or [!Condition A, !Condition B]\n",
            "r: !Transform {Name: AWS::Include, Parameters: {Location: s3://x}}\n",
            "s: !GetAtt Res.Outputs.Name\n",
        ));
        let v = d.value;
        assert_eq!(v["a"], json!({"Ref": "Bucket"}));
        assert_eq!(v["b"], json!({"Fn::GetAtt": ["Bucket", "Arn"]}));
        assert_eq!(v["c"], json!({"Fn::GetAtt": ["Bucket", "Arn"]}));
        assert_eq!(
            v["d"],
            json!({"Fn::Sub": "arn:${AWS::Partition}:s3:::${Bucket}"})
        );
        assert_eq!(v["e"], json!({"Fn::Sub": ["${A}", {"A": {"Ref": "X"}}]}));
        assert_eq!(v["f"], json!({"Fn::Join": ["", ["a", {"Ref": "B"}]]}));
        assert_eq!(
            v["g"],
            json!({"Fn::If": ["IsProd", {"Ref": "P"}, {"Ref": "AWS::NoValue"}]})
        );
        assert_eq!(v["h"], json!({"Fn::Equals": [{"Ref": "Env"}, "prod"]}));
        assert_eq!(v["i"], json!({"Fn::Not": [{"Condition": "IsProd"}]}));
        assert_eq!(
            v["j"],
            json!({"Fn::FindInMap": ["M", {"Ref": "AWS::Region"}, "AMI"]})
        );
        assert_eq!(v["k"], json!({"Fn::Select": [0, {"Fn::GetAZs": ""}]}));
        assert_eq!(v["l"], json!({"Fn::Base64": "hello"}));
        assert_eq!(v["m"], json!({"Fn::Cidr": ["10.0.0.0/16", 4, 8]}));
        assert_eq!(v["n"], json!({"Fn::ImportValue": "shared-vpc"}));
        assert_eq!(v["o"], json!({"Fn::Split": [",", "a,b"]}));
        assert_eq!(
            v["p"],
            json!({"Fn::And": [{"Condition": "A"}, {"Condition": "B"}]})
        );
        assert_eq!(
            v["q"],
            json!({"Fn::Or": [{"Condition": "A"}, {"Condition": "B"}]})
        );
        assert_eq!(
            v["r"],
            json!({"Fn::Transform": {"Name": "AWS::Include", "Parameters": {"Location": "s3://x"}}})
        );
        assert_eq!(v["s"], json!({"Fn::GetAtt": ["Res", "Outputs.Name"]}));
    }

    #[test]
    fn positions_survive_the_rewrite() {
        let d = cfn("Resources:\n  Policy:\n    Properties:\n      Bucket: !Ref Logs\n      Arn:\n        - !GetAtt\n          - Logs\n          - Arn\n");
        let k = |s: &str| Segment::Key(s.into());
        let at = |p: &[Segment]| resolve(&d.value, &d.positions, p).pos.line;
        assert_eq!(
            at(&[k("Resources"), k("Policy"), k("Properties"), k("Bucket")]),
            4
        );
        assert_eq!(
            at(&[
                k("Resources"),
                k("Policy"),
                k("Properties"),
                k("Bucket"),
                k("Ref")
            ]),
            4
        );
        let getatt = [
            k("Resources"),
            k("Policy"),
            k("Properties"),
            k("Arn"),
            Segment::Index(0),
            k("Fn::GetAtt"),
        ];
        assert_eq!(at(&getatt), 6);
        let mut second = getatt.to_vec();
        second.push(Segment::Index(1));
        assert_eq!(at(&second), 8);
    }

    #[test]
    fn unknown_tags_keep_their_value_and_are_reported() {
        let d = cfn("a: !Foo bar\nb: !Foo baz\nc: !Ref X\n");
        assert_eq!(d.value["a"], "bar");
        assert_eq!(d.unknown_tags.len(), 1);
        assert_eq!(d.unknown_tags[0].0, "!Foo");
        assert_eq!(d.unknown_tags[0].1.line, 1);
    }
}
