//! Where each entry of a parsed document starts in its file: a tree of
//! positions that mirrors the JSON value, and the lookup from a policy's `path`.

use serde_json::Value;

/// A 1-based line and column (columns count characters, not bytes).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub struct Position {
    pub line: u32,
    pub column: u32,
}

impl Position {
    pub fn new(line: u32, column: u32) -> Self {
        Position { line, column }
    }
}

/// Positions of one value and, for arrays and objects, of each child in the
/// value's own order (object members in insertion order, as serde_json's
/// `preserve_order` map keeps them). An object member's position is its key's.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PosTree {
    pub pos: Position,
    pub children: Vec<PosTree>,
}

impl PosTree {
    pub fn leaf(pos: Position) -> Self {
        PosTree {
            pos,
            children: Vec::new(),
        }
    }
}

/// One step of a path into a document.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Segment {
    Key(String),
    Index(usize),
}

impl std::fmt::Display for Segment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Segment::Key(k) => write!(f, "{k}"),
            Segment::Index(i) => write!(f, "{i}"),
        }
    }
}

/// A JSON Pointer (RFC 6901) for a path: stable text for fingerprints and
/// for `verdict parse --lines`.
pub fn pointer(path: &[Segment]) -> String {
    let mut out = String::new();
    for seg in path {
        out.push('/');
        match seg {
            Segment::Key(k) => out.push_str(&k.replace('~', "~0").replace('/', "~1")),
            Segment::Index(i) => out.push_str(&i.to_string()),
        }
    }
    out
}

/// The path a JSON Pointer names (numeric steps become indices; `resolve`
/// also accepts them as object keys).
pub fn parse_pointer(ptr: &str) -> Vec<Segment> {
    ptr.split('/')
        .skip(1)
        .map(|s| {
            let s = s.replace("~1", "/").replace("~0", "~");
            match s.parse::<usize>() {
                Ok(i) => Segment::Index(i),
                Err(_) => Segment::Key(s),
            }
        })
        .collect()
}

/// Where a path resolved to. `exact` is false when the path went past the
/// end of the document (e.g. a policy pointing at a missing key): the
/// position is then the deepest entry that exists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Resolved {
    pub pos: Position,
    pub exact: bool,
}

/// Resolve `path` against a value and its position tree.
pub fn resolve(value: &Value, tree: &PosTree, path: &[Segment]) -> Resolved {
    let mut value = value;
    let mut tree = tree;
    for seg in path {
        let next = match (value, seg) {
            (Value::Object(map), seg) => {
                // `seg` may be an index parsed from a pointer: its text is the key.
                let key = seg.to_string();
                map.iter()
                    .position(|(k, _)| *k == key)
                    .and_then(|i| Some((map.get(&key)?, tree.children.get(i)?)))
            }
            (Value::Array(items), Segment::Index(i)) => items.get(*i).zip(tree.children.get(*i)),
            (Value::Array(items), Segment::Key(k)) => k
                .parse::<usize>()
                .ok()
                .and_then(|i| items.get(i).zip(tree.children.get(i))),
            _ => None,
        };
        match next {
            Some((v, t)) => {
                value = v;
                tree = t;
            }
            None => {
                return Resolved {
                    pos: tree.pos,
                    exact: false,
                }
            }
        }
    }
    Resolved {
        pos: tree.pos,
        exact: true,
    }
}

/// Every entry of a document with its position, in document order.
pub fn entries(value: &Value, tree: &PosTree) -> Vec<(Vec<Segment>, Position)> {
    fn walk(
        value: &Value,
        tree: &PosTree,
        path: &mut Vec<Segment>,
        out: &mut Vec<(Vec<Segment>, Position)>,
    ) {
        out.push((path.clone(), tree.pos));
        match value {
            Value::Object(map) => {
                for ((k, v), t) in map.iter().zip(&tree.children) {
                    path.push(Segment::Key(k.clone()));
                    walk(v, t, path, out);
                    path.pop();
                }
            }
            Value::Array(items) => {
                for (i, (v, t)) in items.iter().zip(&tree.children).enumerate() {
                    path.push(Segment::Index(i));
                    walk(v, t, path, out);
                    path.pop();
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(value, tree, &mut Vec::new(), &mut out);
    out
}

/// Byte offset → line/column for one text, built once per file.
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    /// The 1-based position of a byte offset in `text` (the text the index was built from).
    pub fn position(&self, text: &str, offset: usize) -> Position {
        let offset = offset.min(text.len());
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let start = self.starts[line - 1];
        let column = text
            .get(start..offset)
            .map_or(offset - start, |s| s.chars().count())
            + 1;
        Position::new(line as u32, column as u32)
    }

    /// The text of a 1-based line without its line ending.
    pub fn line_text<'t>(&self, text: &'t str, line: u32) -> Option<&'t str> {
        let i = (line as usize).checked_sub(1)?;
        let start = *self.starts.get(i)?;
        let end = self.starts.get(i + 1).copied().unwrap_or(text.len());
        text.get(start..end)
            .map(|l| l.trim_end_matches(['\n', '\r']))
    }
}

/// Test check for parsers: the position tree has one child per array item
/// and object member, all the way down, and every position is 1-based.
#[cfg(test)]
pub(crate) fn assert_mirrors(value: &Value, tree: &PosTree) {
    assert!(tree.pos.line >= 1 && tree.pos.column >= 1);
    match value {
        Value::Array(items) => {
            assert_eq!(items.len(), tree.children.len());
            for (v, t) in items.iter().zip(&tree.children) {
                assert_mirrors(v, t);
            }
        }
        Value::Object(map) => {
            assert_eq!(map.len(), tree.children.len());
            for (v, t) in map.values().zip(&tree.children) {
                assert_mirrors(v, t);
            }
        }
        _ => assert!(tree.children.is_empty()),
    }
}
