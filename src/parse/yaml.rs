//! YAML streams → one JSON value per document, with positions, via saphyr's
//! span-aware loader (YAML 1.2: `on` stays a string; aliases are expanded
//! under a node budget so an alias bomb is an error, not an OOM).

use saphyr::{MarkedYaml, Scalar, ScanError, YamlData, YamlLoader};
use serde_json::{Map, Number, Value};

use crate::parse::SyntaxError;
use crate::source_map::{PosTree, Position};

/// What to do with a node that carries an application tag (`!Ref`, `!Sub`…).
/// Receives the tag (handle and suffix joined, e.g. `!Ref`), the converted
/// value and its positions; returns what a policy should see, or `None` to
/// keep the value as it is (the tag is then reported as unknown).
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

const MAX_DEPTH: usize = 512;

fn scan_error(e: &ScanError) -> SyntaxError {
    let m = e.marker();
    SyntaxError::new(m.line() as u32, m.col() as u32 + 1, e.info().to_string())
}

/// The parser's events into the loader, as saphyr's own `Parser::load`
/// does, but without its recursion (one native stack frame per nesting
/// level: a file of 50,000 nested `- ` overflowed the stack and aborted the
/// process) and stopping at `MAX_DEPTH`.
fn feed<'a>(text: &'a str, loader: &mut YamlLoader<'a, MarkedYaml<'a>>) -> Result<(), SyntaxError> {
    use saphyr_parser::{Event, SpannedEventReceiver};
    let mut depth = 0usize;
    // Anchors of the current document: YAML's aliases never reach back
    // into an earlier document, and saphyr's parser would let them.
    let mut anchors: std::collections::HashSet<usize> = Default::default();
    for item in saphyr_parser::Parser::new_from_str(text) {
        let (event, span) = item.map_err(|e| scan_error(&e))?;
        let at = |message: String| {
            SyntaxError::new(
                span.start.line() as u32,
                span.start.col() as u32 + 1,
                message,
            )
        };
        match &event {
            Event::DocumentStart(_) => anchors.clear(),
            Event::SequenceStart(anchor, _) | Event::MappingStart(anchor, _) => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err(at(format!("nesting deeper than {MAX_DEPTH} levels")));
                }
                anchors.insert(*anchor);
            }
            Event::SequenceEnd | Event::MappingEnd => depth = depth.saturating_sub(1),
            Event::Scalar(_, _, anchor, _) => {
                anchors.insert(*anchor);
            }
            Event::Alias(id) if !anchors.contains(id) => {
                return Err(at("alias to an anchor defined in another document".into()));
            }
            _ => {}
        }
        loader.on_event(event, span);
    }
    Ok(())
}

/// Parse every document of a YAML stream. Empty documents (`---` with nothing
/// after it) are dropped, but keep their place in the numbering.
pub fn parse(text: &str, tags: TagMapper<'_>) -> Result<Vec<YamlDocument>, SyntaxError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut loader: YamlLoader<'_, MarkedYaml<'_>> = YamlLoader::default();
    // Kubernetes and most YAML 1.1 tools accept a repeated key and keep the
    // last value; the policy must see what the cluster would see.
    loader.allow_duplicate_keys(true);
    feed(text, &mut loader)?;
    if let Some(e) = loader.error() {
        return Err(scan_error(e));
    }
    let docs = loader.into_documents();
    let mut out = Vec::with_capacity(docs.len());
    for (index, doc) in docs.iter().enumerate() {
        if is_null(doc) {
            continue;
        }
        let conv = Converter {
            tags,
            unknown: std::cell::RefCell::new(Vec::new()),
        };
        let (value, positions) = conv.node(doc, 0)?;
        out.push(YamlDocument {
            index,
            value,
            positions,
            unknown_tags: conv.unknown.into_inner(),
        });
    }
    Ok(out)
}

fn is_null(node: &MarkedYaml<'_>) -> bool {
    matches!(
        node.data,
        YamlData::Value(Scalar::Null) | YamlData::BadValue
    )
}

fn position(node: &MarkedYaml<'_>) -> Position {
    Position::new(
        node.span.start.line() as u32,
        node.span.start.col() as u32 + 1,
    )
}

struct Converter<'a> {
    tags: TagMapper<'a>,
    unknown: std::cell::RefCell<Vec<(String, Position)>>,
}

impl Converter<'_> {
    fn node(&self, node: &MarkedYaml<'_>, depth: usize) -> Result<(Value, PosTree), SyntaxError> {
        let pos = position(node);
        if depth > MAX_DEPTH {
            return Err(SyntaxError::new(
                pos.line,
                pos.column,
                format!("nesting deeper than {MAX_DEPTH} levels"),
            ));
        }
        Ok(match &node.data {
            YamlData::Value(s) => (scalar(s), PosTree::leaf(pos)),
            YamlData::Representation(raw, _, _) => {
                (Value::String(raw.to_string()), PosTree::leaf(pos))
            }
            YamlData::Sequence(items) => {
                let mut values = Vec::with_capacity(items.len());
                let mut children = Vec::with_capacity(items.len());
                for item in items {
                    let (v, t) = self.node(item, depth + 1)?;
                    values.push(v);
                    children.push(t);
                }
                (Value::Array(values), PosTree { pos, children })
            }
            YamlData::Mapping(map) => {
                let mut obj = Map::new();
                let mut children: Vec<PosTree> = Vec::with_capacity(map.len());
                // Merge keys (`<<: *defaults`) as YAML 1.1 tools do; explicit
                // keys win over merged ones wherever they appear.
                let mut merged: Vec<(String, Value, PosTree)> = Vec::new();
                for (k, v) in map.iter() {
                    let key_pos = position(k);
                    if is_merge_key(k) {
                        self.collect_merge(v, depth, &mut merged)?;
                        continue;
                    }
                    let key = self.key(k)?;
                    let (value, mut tree) = self.node(v, depth + 1)?;
                    tree.pos = key_pos;
                    insert(&mut obj, &mut children, key, value, tree);
                }
                for (key, value, tree) in merged {
                    if !obj.contains_key(&key) {
                        insert(&mut obj, &mut children, key, value, tree);
                    }
                }
                (Value::Object(obj), PosTree { pos, children })
            }
            YamlData::Tagged(tag, inner) => {
                let (value, tree) = self.node(inner, depth + 1)?;
                let tree = PosTree { pos, ..tree };
                if tag.is_yaml_core_schema() {
                    (core_tag(&tag.suffix, value), tree)
                } else {
                    let name = format!("{}{}", tag.handle, tag.suffix);
                    match (self.tags)(&name, value, tree) {
                        Ok(mapped) => mapped,
                        Err(kept) => {
                            let mut unknown = self.unknown.borrow_mut();
                            if !unknown.iter().any(|(t, _)| *t == name) {
                                unknown.push((name, pos));
                            }
                            kept
                        }
                    }
                }
            }
            YamlData::Alias(_) => {
                return Err(SyntaxError::new(
                    pos.line,
                    pos.column,
                    "unresolved alias".to_string(),
                ))
            }
            YamlData::BadValue => (Value::Null, PosTree::leaf(pos)),
        })
    }

    fn collect_merge(
        &self,
        node: &MarkedYaml<'_>,
        depth: usize,
        out: &mut Vec<(String, Value, PosTree)>,
    ) -> Result<(), SyntaxError> {
        match &node.data {
            YamlData::Sequence(items) => {
                for item in items {
                    self.collect_merge(item, depth, out)?;
                }
                Ok(())
            }
            _ => {
                let (value, tree) = self.node(node, depth + 1)?;
                match value {
                    Value::Object(map) => {
                        for ((k, v), t) in map.into_iter().zip(tree.children) {
                            if !out.iter().any(|(existing, _, _)| *existing == k) {
                                out.push((k, v, t));
                            }
                        }
                        Ok(())
                    }
                    _ => {
                        let pos = position(node);
                        Err(SyntaxError::new(
                            pos.line,
                            pos.column,
                            "a merge key `<<` must refer to a mapping or a list of mappings",
                        ))
                    }
                }
            }
        }
    }

    /// Keys become strings, as in conftest's YAML → JSON conversion.
    fn key(&self, k: &MarkedYaml<'_>) -> Result<String, SyntaxError> {
        let (value, _) = self.node(k, 0)?;
        Ok(match value {
            Value::String(s) => s,
            Value::Null => "null".to_string(),
            other => other.to_string(),
        })
    }
}

fn insert(
    obj: &mut Map<String, Value>,
    children: &mut Vec<PosTree>,
    key: String,
    value: Value,
    tree: PosTree,
) {
    // A duplicate key is already an error in saphyr; keep tree and map aligned anyway.
    if let Some(i) = obj.keys().position(|k| *k == key) {
        obj.insert(key, value);
        children[i] = tree;
    } else {
        obj.insert(key, value);
        children.push(tree);
    }
}

fn is_merge_key(k: &MarkedYaml<'_>) -> bool {
    matches!(&k.data, YamlData::Value(Scalar::String(s)) if s == "<<")
}

fn scalar(s: &Scalar<'_>) -> Value {
    match s {
        Scalar::Null => Value::Null,
        Scalar::Boolean(b) => Value::Bool(*b),
        Scalar::Integer(i) => Value::Number(Number::from(*i)),
        Scalar::FloatingPoint(f) => {
            let f = f.into_inner();
            match Number::from_f64(f) {
                Some(n) => Value::Number(n),
                // JSON has no NaN or infinity: keep YAML's spelling.
                None if f.is_nan() => Value::String(".nan".into()),
                None if f > 0.0 => Value::String(".inf".into()),
                None => Value::String("-.inf".into()),
            }
        }
        Scalar::String(s) => Value::String(s.to_string()),
    }
}

/// `!!str 123` is the string "123"; the other core tags need no change.
fn core_tag(suffix: &str, value: Value) -> Value {
    match (suffix, value) {
        ("str", Value::Number(n)) => Value::String(n.to_string()),
        ("str", Value::Bool(b)) => Value::String(b.to_string()),
        ("str", Value::Null) => Value::String(String::new()),
        (_, v) => v,
    }
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
        for text in ["- ".repeat(100_000) + "x", "[".repeat(100_000)] {
            match parse(&text, &keep_tag) {
                Err(e) => {
                    // saphyr's scanner stops flow nesting itself, at 256.
                    assert!(
                        e.message.contains("nesting deeper than 512")
                            || e.message.contains("recursion limit exceeded"),
                        "{e:?}"
                    );
                    assert_eq!(e.line, 1);
                }
                Ok(_) => panic!("nesting of 100,000 levels was accepted"),
            }
        }
        // Nesting well within the limit is fine (scan's workers have the
        // stack for all 512 levels; a debug test thread has less).
        assert!(parse(&("- ".repeat(100) + "x"), &keep_tag).is_ok());
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
}
