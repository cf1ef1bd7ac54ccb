//! YAML streams → one JSON value per document, with positions. libyaml (the
//! parser behind PyYAML and, through go-yaml, Kubernetes, Compose and GitHub)
//! decides what is YAML; the loader here builds each value and its position
//! tree from libyaml's events in one pass, resolving scalars by YAML 1.2's
//! core schema (`on` stays a string) and bounding nesting and alias expansion.

mod events;
mod load;
mod scalar;

use serde_json::Value;

use crate::parse::SyntaxError;
use crate::source_map::{PosTree, Position};

/// What to do with a node that carries an application tag (`!Ref`, `!Sub`…).
/// Receives the tag as written after resolving its handle (`!Ref`), the
/// converted value and its positions; returns what a policy should see, or
/// `Err` with the value unchanged when it does not know the tag (the tag is
/// then reported as unknown). A mapper may wrap the value once (`!Ref X` →
/// `{"Ref": "X"}`); the nesting bound counts that extra level.
pub type TagMapper<'a> =
    &'a dyn Fn(&str, Value, PosTree) -> Result<(Value, PosTree), (Value, PosTree)>;

/// Keep every tagged value as it is.
pub fn keep_tag(
    _tag: &str,
    value: Value,
    tree: PosTree,
) -> Result<(Value, PosTree), (Value, PosTree)> {
    Ok((value, tree))
}

/// One YAML document of a stream.
pub struct YamlDocument {
    /// 0-based index in the stream, counting empty documents too.
    pub index: usize,
    pub value: Value,
    pub positions: PosTree,
    /// Tags the mapper did not know, with where they first appeared.
    pub unknown_tags: Vec<(String, Position)>,
}

/// Parse every document of a YAML stream. Empty documents (`---` with nothing
/// after it) are dropped, but keep their place in the numbering.
pub fn parse(text: &str, tags: TagMapper<'_>) -> Result<Vec<YamlDocument>, SyntaxError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    load::load(text, tags)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source_map::{resolve, Segment};

    fn docs(text: &str) -> Vec<YamlDocument> {
        match parse(text, &keep_tag) {
            Ok(d) => d,
            Err(e) => panic!("parse failed: {e}"),
        }
    }

    fn line_of(doc: &YamlDocument, path: &[Segment]) -> u32 {
        resolve(&doc.value, &doc.positions, path).pos.line
    }

    fn k(s: &str) -> Segment {
        Segment::Key(s.to_string())
    }

    #[test]
    fn object_member_points_at_its_key_even_when_value_starts_below() {
        let d = docs("Resources:\n  MyBucket:\n    Type: AWS::S3::Bucket\n");
        assert_eq!(line_of(&d[0], &[k("Resources"), k("MyBucket")]), 2);
        assert_eq!(
            line_of(&d[0], &[k("Resources"), k("MyBucket"), k("Type")]),
            3
        );
    }

    #[test]
    fn sequence_items_point_at_their_dash_line() {
        let d = docs("steps:\n  - uses: a\n  - run: |\n      echo\n  - name: x\n    run: y\n");
        assert_eq!(line_of(&d[0], &[k("steps"), Segment::Index(2)]), 5);
        assert_eq!(
            line_of(&d[0], &[k("steps"), Segment::Index(2), k("run")]),
            6
        );
    }

    #[test]
    fn multi_document_streams_keep_absolute_lines_and_indices() {
        let d = docs("a: 1\n---\n---\nb: 2\n---\nc:\n  - 3\n");
        assert_eq!(d.len(), 3);
        assert_eq!(d[1].index, 2);
        assert_eq!(line_of(&d[1], &[k("b")]), 4);
        assert_eq!(line_of(&d[2], &[k("c"), Segment::Index(0)]), 7);
        assert_eq!(d[2].positions.pos.line, 6);
    }

    #[test]
    fn on_is_a_string_key_and_yes_is_a_string() {
        let d = docs("on: push\nx: yes\n");
        assert_eq!(d[0].value["on"], "push");
        assert_eq!(d[0].value["x"], "yes");
    }

    #[test]
    fn anchors_aliases_and_merge_keys_resolve() {
        let d = docs(
            "base: &b\n  image: nginx\n  port: 80\nuse: *b\nmerged:\n  <<: *b\n  port: 8080\n",
        );
        assert_eq!(d[0].value["use"]["image"], "nginx");
        assert_eq!(d[0].value["merged"]["image"], "nginx");
        assert_eq!(d[0].value["merged"]["port"], 8080);
        assert_eq!(line_of(&d[0], &[k("merged"), k("port")]), 7);
    }

    #[test]
    fn custom_tags_reach_the_mapper() {
        let mapper = |tag: &str, v: Value, t: PosTree| Ok((serde_json::json!({ tag: v }), t));
        let d = parse("a: !Ref Bucket\n", &mapper).unwrap_or_default();
        assert_eq!(d[0].value["a"], serde_json::json!({"!Ref": "Bucket"}));
    }

    #[test]
    fn syntax_errors_carry_line_and_column() {
        let err = parse("a: 1\nb: [1, 2\n", &keep_tag).err();
        let err = err.map(|e| e.line);
        assert!(matches!(err, Some(l) if l >= 2), "{err:?}");
    }

    #[test]
    fn duplicate_keys_keep_the_last_value_as_kubectl_does() {
        let d = docs("a: 1\nb: 2\na: 3\n");
        assert_eq!(d[0].value, serde_json::json!({"a": 3, "b": 2}));
        assert_eq!(d[0].positions.children.len(), 2);
    }

    #[test]
    fn alias_bombs_are_errors_not_ooms() {
        let mut text = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..12 {
            let prev = i - 1;
            text.push_str(&format!(
                "a{i}: &a{i} [*a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}]\n"
            ));
        }
        assert!(parse(&text, &keep_tag).is_err());
    }

    #[test]
    fn deep_nesting_is_an_error_with_a_place_not_a_stack_overflow() {
        // Both block and flow nesting, far deeper than any stack allows.
        // The error names the 513th opening, `- ` or `[`.
        for (text, column) in [
            ("- ".repeat(100_000) + "x", 1025),
            ("[".repeat(100_000), 513),
        ] {
            match parse(&text, &keep_tag) {
                Err(e) => {
                    assert!(e.message.contains("nesting deeper than 512"), "{e:?}");
                    assert_eq!((e.line, e.column), (1, column), "{e:?}");
                }
                Ok(_) => panic!("nesting of 100,000 levels was accepted"),
            }
        }
        // The bound itself: 512 levels are fine, the 513th is not. Nothing
        // recurses per level, so a test thread's small stack is enough.
        assert!(parse(&("- ".repeat(512) + "x"), &keep_tag).is_ok());
        assert!(parse(&("- ".repeat(513) + "x"), &keep_tag).is_err());
    }

    #[test]
    fn an_alias_cannot_reach_into_an_earlier_document() {
        let e = parse("a: &x 1\n---\nb: *x\n", &keep_tag).err();
        assert!(
            e.is_some_and(|e| e.line == 3),
            "the alias on line 3 is named"
        );
        assert_eq!(
            docs("a: &x 1\nb: *x\n")[0].value,
            serde_json::json!({"a": 1, "b": 1})
        );
    }

    #[test]
    fn anchors_nested_in_anchors_are_bounded_too() {
        // Every anchored node is copied once for its aliases: 40 anchors
        // around the same 5,000 items copy 200,000 nodes before any alias.
        let items = vec!["x"; 5_000].join(", ");
        let text =
            format!("{}[{items}]{}\n", "&a [".repeat(40), "]".repeat(40)).replace("&a", "&a0");
        let e = parse(&text, &keep_tag).err();
        assert!(
            e.as_ref()
                .is_some_and(|e| e.message.contains("anchors nested")),
            "{e:?}"
        );
        // One anchor around them is ordinary.
        assert!(parse(&format!("a: &a [{items}]\nb: *a\n"), &keep_tag).is_ok());
    }

    #[test]
    fn an_alias_that_would_nest_too_deep_is_an_error() {
        let deep = "[".repeat(300) + &"]".repeat(300);
        let text = format!(
            "a: &d {deep}\nb: {}*d{}\n",
            "[".repeat(300),
            "]".repeat(300)
        );
        let e = parse(&text, &keep_tag).err();
        assert!(
            e.as_ref()
                .is_some_and(|e| e.line == 2 && e.message.contains("nesting deeper")),
            "{e:?}"
        );
    }

    #[test]
    fn a_redefined_anchor_means_the_latest_node_as_in_go_yaml() {
        let d = docs("a: &x 1\nb: &x 2\nc: *x\n");
        assert_eq!(d[0].value["c"], 2);
    }

    #[test]
    fn lines_count_line_feeds_even_where_libyaml_sees_other_breaks() {
        // A lone CR ends a line for libyaml, not for LineIndex or an editor.
        let d = docs("a: 1\rb: 2\nc: \"x\u{2028}y\"\nd: 3\n");
        assert_eq!(d[0].value["b"], 2);
        assert_eq!(
            resolve(&d[0].value, &d[0].positions, &[k("b")]).pos,
            Position::new(1, 6)
        );
        assert_eq!(line_of(&d[0], &[k("d")]), 3);
    }

    #[test]
    fn crlf_and_a_bom_keep_lines_and_columns() {
        let d = docs("\u{feff}a: 1\r\nb:\r\n  - x\r\n");
        assert_eq!(
            resolve(&d[0].value, &d[0].positions, &[k("b"), Segment::Index(0)]).pos,
            Position::new(3, 5)
        );
        crate::source_map::assert_mirrors(&d[0].value, &d[0].positions);
    }
}
