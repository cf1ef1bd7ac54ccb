//! libyaml's events → JSON values and position trees. A stack of open
//! collections instead of recursion, so nesting costs heap, not native stack.

use std::collections::{HashMap, HashSet};

use serde_json::{Map, Value};

use super::events::{self, Data, Mark};
use super::{scalar, TagMapper, YamlDocument};
use crate::parse::SyntaxError;
use crate::source_map::{LineIndex, PosTree, Position};

const MAX_DEPTH: usize = 512;

/// How many nodes aliases may add to one stream. Expanding an alias copies
/// its anchor's nodes, so a few nested anchors can stand for billions of
/// nodes ("billion laughs"): past this, the stream is an error, not an OOM.
const ALIAS_BUDGET: usize = 100_000;

/// The prefix libyaml resolves `!!` to.
const CORE: &str = "tag:yaml.org,2002:";

pub fn load(text: &str, tags: TagMapper<'_>) -> Result<Vec<YamlDocument>, SyntaxError> {
    let mut loader = Loader {
        locate: Locator::new(text),
        tags,
        stack: Vec::new(),
        root: None,
        anchors: HashMap::new(),
        earlier: HashSet::new(),
        alias_budget: ALIAS_BUDGET,
        parsed: 0,
        copied: 0,
        documents: 0,
        unknown: Vec::new(),
        docs: Vec::new(),
    };
    let mut parser = events::Parser::new(text);
    loop {
        let event = parser.next_event().map_err(|e| loader.locate.error(&e))?;
        if !loader.on_event(&event)? {
            return Ok(loader.docs);
        }
    }
}

/// libyaml's marks → verdict's 1-based positions.
struct Locator<'t> {
    text: &'t str,
    /// Set when the text has line breaks libyaml counts and the rest of
    /// verdict does not (YAML 1.1 takes NEL, U+2028, U+2029 and a lone CR
    /// for line breaks; `LineIndex`, editors and the rendered snippet of a
    /// finding count `\n` only): positions then come from byte offsets.
    lines: Option<LineIndex>,
}

impl<'t> Locator<'t> {
    fn new(text: &'t str) -> Self {
        let bytes = text.as_bytes();
        let other_breaks = text.contains(['\u{85}', '\u{2028}', '\u{2029}'])
            || bytes
                .iter()
                .enumerate()
                .any(|(i, &b)| b == b'\r' && bytes.get(i + 1) != Some(&b'\n'));
        Locator {
            text,
            lines: other_breaks.then(|| LineIndex::new(text)),
        }
    }

    fn at(&self, m: Mark) -> Position {
        match &self.lines {
            Some(index) => index.position(self.text, m.index),
            None => Position::new(m.line as u32 + 1, m.column as u32 + 1),
        }
    }

    fn error(&self, e: &events::Error) -> SyntaxError {
        let at = if e.has_line {
            self.at(e.mark)
        } else {
            LineIndex::new(self.text).position(self.text, e.mark.index)
        };
        let mut problem = e.problem.clone();
        // libyaml does not say which character; a tab is the usual one, and
        // the message alone would not tell a reader so.
        if problem.contains("cannot start any token") {
            match self.text.get(e.mark.index..).and_then(|s| s.chars().next()) {
                Some('\t') => problem.push_str(": a tab (YAML indents with spaces)"),
                Some(c) => problem.push_str(&format!(": `{c}`")),
                None => {}
            }
        }
        let message = match &e.context {
            // A context that starts where the problem is adds nothing.
            Some((_, m)) if m.index == e.mark.index => problem,
            Some((context, m)) => {
                let c = self.at(*m);
                format!(
                    "{problem} ({context} that starts at {}:{})",
                    c.line, c.column
                )
            }
            None => problem,
        };
        SyntaxError::new(at.line, at.column, message)
    }
}

/// A finished node: its value, positions, how many nodes it holds (for the
/// alias budget) and how deep it nests (for the depth bound).
#[derive(Clone)]
struct Node {
    value: Value,
    tree: PosTree,
    nodes: usize,
    height: usize,
    /// A plain `<<` (or `!!merge`) scalar: as a key, it merges mappings in.
    merge_key: bool,
}

impl Node {
    /// A mapper may wrap a value once (`{"Ref": …}`): count the object
    /// and its member, and the level they add.
    fn wrapped(&mut self, mapped: bool) {
        if mapped {
            self.nodes += 2;
            self.height += 1;
        }
    }
}

enum Key {
    Name(String, Position),
    Merge,
}

enum Body {
    Sequence {
        values: Vec<Value>,
        trees: Vec<PosTree>,
    },
    Mapping {
        obj: Map<String, Value>,
        trees: Vec<PosTree>,
        /// Members brought in by `<<`, added at the end where no explicit
        /// key has them (explicit keys win wherever they appear).
        merged: Vec<(String, Value, PosTree)>,
        /// The keys of `merged`, and of `obj` by place once a repeated key
        /// needs it: a stream of repeats must not cost a scan each.
        seen: Seen,
        /// The key read, waiting for its value.
        key: Option<Key>,
    },
}

#[derive(Default)]
struct Seen {
    merged: std::collections::HashSet<String>,
    places: Option<std::collections::HashMap<String, usize>>,
}

/// A collection still being read.
struct Frame {
    pos: Position,
    anchor: Option<String>,
    tag: Option<String>,
    body: Body,
    nodes: usize,
    height: usize,
}

struct Loader<'t, 'm> {
    locate: Locator<'t>,
    tags: TagMapper<'m>,
    stack: Vec<Frame>,
    root: Option<Node>,
    /// Anchors of the current document, each with a copy of its node. YAML's
    /// aliases never reach back into an earlier document: those anchors
    /// move to `earlier`, kept only to say why such an alias fails.
    anchors: HashMap<String, Node>,
    earlier: HashSet<String>,
    alias_budget: usize,
    /// Nodes read from the text, and nodes copied for anchors: a copy is
    /// made of every anchored node, so anchors nested inside anchors copy
    /// the same nodes again; that is bounded like alias expansion.
    parsed: usize,
    copied: usize,
    documents: usize,
    unknown: Vec<(String, Position)>,
    docs: Vec<YamlDocument>,
}

impl Loader<'_, '_> {
    /// Take one event; false once the stream has ended.
    fn on_event(&mut self, event: &events::Event) -> Result<bool, SyntaxError> {
        let pos = self.locate.at(event.start());
        let data = event
            .data()
            .map_err(|_| SyntaxError::new(pos.line, pos.column, "text that is not UTF-8"))?;
        match data {
            Data::StreamStart => {}
            Data::StreamEnd => return Ok(false),
            Data::DocumentStart => {
                self.earlier
                    .extend(self.anchors.drain().map(|(name, _)| name));
                self.unknown.clear();
                self.root = None;
            }
            Data::DocumentEnd => {
                let index = self.documents;
                self.documents += 1;
                if let Some(root) = self.root.take() {
                    if !root.value.is_null() {
                        self.docs.push(YamlDocument {
                            index,
                            value: root.value,
                            positions: root.tree,
                            unknown_tags: std::mem::take(&mut self.unknown),
                        });
                    }
                }
            }
            Data::Alias(name) => {
                let node = self.alias(name, pos)?;
                self.attach(node)?;
            }
            Data::Scalar(s) => {
                self.parsed += 1;
                let node = self.scalar(&s, pos);
                self.complete(node, s.anchor)?;
            }
            Data::SequenceStart { anchor, tag } => {
                let body = Body::Sequence {
                    values: Vec::new(),
                    trees: Vec::new(),
                };
                self.open(pos, anchor, tag, body)?;
            }
            Data::MappingStart { anchor, tag } => {
                let body = Body::Mapping {
                    obj: Map::new(),
                    trees: Vec::new(),
                    merged: Vec::new(),
                    seen: Seen::default(),
                    key: None,
                };
                self.open(pos, anchor, tag, body)?;
            }
            Data::SequenceEnd | Data::MappingEnd => {
                // libyaml pairs every end with a start; an unpaired one would
                // be its bug, and is ignored rather than trusted.
                if let Some(frame) = self.stack.pop() {
                    let anchor = frame.anchor.clone();
                    let node = self.close(frame);
                    self.complete(node, anchor.as_deref())?;
                }
            }
        }
        Ok(true)
    }

    fn open(
        &mut self,
        pos: Position,
        anchor: Option<&str>,
        tag: Option<&str>,
        body: Body,
    ) -> Result<(), SyntaxError> {
        if self.stack.len() >= MAX_DEPTH {
            return Err(too_deep(pos));
        }
        self.parsed += 1;
        self.stack.push(Frame {
            pos,
            anchor: anchor.map(str::to_string),
            tag: tag.map(str::to_string),
            body,
            nodes: 1,
            height: 1,
        });
        Ok(())
    }

    fn scalar(&mut self, s: &events::Scalar<'_>, pos: Position) -> Node {
        let untagged = || {
            if s.plain {
                scalar::plain(s.value)
            } else {
                Value::String(s.value.to_string())
            }
        };
        let mut node = Node {
            value: Value::Null,
            tree: PosTree::leaf(pos),
            nodes: 1,
            height: 0,
            merge_key: false,
        };
        match s.tag {
            None => {
                node.merge_key = s.plain && s.value == "<<";
                node.value = untagged();
            }
            Some(tag) => match tag.strip_prefix(CORE) {
                Some("merge") => {
                    node.merge_key = true;
                    node.value = Value::String(s.value.to_string());
                }
                Some(suffix) => node.value = scalar::tagged(suffix, s.value),
                // `!` alone is the non-specific tag: "not resolved", a string.
                None if tag == "!" => node.value = Value::String(s.value.to_string()),
                None => {
                    let tree = std::mem::take(&mut node.tree);
                    let (value, tree, mapped) = self.map_tag(tag, untagged(), tree);
                    node.value = value;
                    node.tree = tree;
                    node.wrapped(mapped);
                }
            },
        }
        node
    }

    fn close(&mut self, frame: Frame) -> Node {
        let (value, children) = match frame.body {
            Body::Sequence { values, trees } => (Value::Array(values), trees),
            Body::Mapping {
                mut obj,
                mut trees,
                merged,
                ..
            } => {
                for (key, value, tree) in merged {
                    if !obj.contains_key(&key) {
                        obj.insert(key, value);
                        trees.push(tree);
                    }
                }
                (Value::Object(obj), trees)
            }
        };
        let mut node = Node {
            value,
            tree: PosTree {
                pos: frame.pos,
                children,
            },
            nodes: frame.nodes,
            height: frame.height,
            merge_key: false,
        };
        if let Some(tag) = frame.tag.as_deref() {
            // Core tags (`!!map`, `!!seq`) and `!` change nothing here.
            if !tag.starts_with(CORE) && tag != "!" {
                let value = std::mem::take(&mut node.value);
                let tree = std::mem::take(&mut node.tree);
                let (value, tree, mapped) = self.map_tag(tag, value, tree);
                node.value = value;
                node.tree = tree;
                node.wrapped(mapped);
            }
        }
        node
    }

    /// Hand an application tag to the mapper (true: it mapped the value);
    /// an unknown one is noted once per document, where it first appears.
    fn map_tag(&mut self, tag: &str, value: Value, tree: PosTree) -> (Value, PosTree, bool) {
        let pos = tree.pos;
        match (self.tags)(tag, value, tree) {
            Ok((value, tree)) => (value, tree, true),
            Err((value, tree)) => {
                if !self.unknown.iter().any(|(t, _)| t == tag) {
                    self.unknown.push((tag.to_string(), pos));
                }
                (value, tree, false)
            }
        }
    }

    /// A finished node: remember it under its anchor, then place it.
    fn complete(&mut self, node: Node, anchor: Option<&str>) -> Result<(), SyntaxError> {
        if let Some(name) = anchor {
            self.copied += node.nodes;
            if self.copied > self.parsed + ALIAS_BUDGET {
                let at = node.tree.pos;
                return Err(SyntaxError::new(
                    at.line,
                    at.column,
                    "anchors nested inside anchors copy too many nodes (possible billion-laughs attack)",
                ));
            }
            // Redefining an anchor is allowed (go-yaml and YAML 1.2 let a
            // later alias mean the latest node); PyYAML alone refuses it.
            self.anchors.insert(name.to_string(), node.clone());
        }
        self.attach(node)
    }

    fn alias(&mut self, name: &str, pos: Position) -> Result<Node, SyntaxError> {
        let err = |message: String| SyntaxError::new(pos.line, pos.column, message);
        let Some(anchored) = self.anchors.get(name) else {
            return Err(err(if self.earlier.contains(name) {
                format!("alias *{name} refers to an anchor defined in another document")
            } else if self.stack.iter().any(|f| f.anchor.as_deref() == Some(name)) {
                format!("alias *{name} refers to a node that contains it")
            } else {
                format!("alias *{name} has no anchor &{name} before it")
            }));
        };
        if anchored.nodes > self.alias_budget {
            return Err(err(format!(
                "alias expansion exceeded the maximum of {ALIAS_BUDGET} nodes (possible billion-laughs attack)"
            )));
        }
        if self.stack.len() + anchored.height > MAX_DEPTH {
            return Err(too_deep(pos));
        }
        self.alias_budget -= anchored.nodes;
        let mut node = anchored.clone();
        node.tree.pos = pos;
        Ok(node)
    }

    /// Put a finished node into the collection being read, or make it the
    /// document's root.
    fn attach(&mut self, node: Node) -> Result<(), SyntaxError> {
        let Some(frame) = self.stack.last_mut() else {
            self.root = Some(node);
            return Ok(());
        };
        frame.nodes += node.nodes;
        frame.height = frame.height.max(node.height + 1);
        match &mut frame.body {
            Body::Sequence { values, trees } => {
                values.push(node.value);
                trees.push(node.tree);
            }
            Body::Mapping {
                obj,
                trees,
                merged,
                seen,
                key,
            } => match key.take() {
                None if node.merge_key => *key = Some(Key::Merge),
                None => *key = Some(Key::Name(key_text(node.value), node.tree.pos)),
                Some(Key::Name(name, at)) => {
                    let mut tree = node.tree;
                    tree.pos = at;
                    insert(obj, trees, &mut seen.places, name, node.value, tree);
                }
                Some(Key::Merge) => merge(node, merged, &mut seen.merged)?,
            },
        }
        Ok(())
    }
}

fn too_deep(pos: Position) -> SyntaxError {
    SyntaxError::new(
        pos.line,
        pos.column,
        format!("nesting deeper than {MAX_DEPTH} levels"),
    )
}

/// Keys become strings, as in conftest's YAML → JSON conversion.
fn key_text(value: Value) -> String {
    match value {
        Value::String(s) => s,
        Value::Null => "null".to_string(),
        other => other.to_string(),
    }
}

/// Kubernetes and most YAML 1.1 tools accept a repeated key and keep the
/// last value; the policy must see what the cluster would see.
fn insert(
    obj: &mut Map<String, Value>,
    trees: &mut Vec<PosTree>,
    places: &mut Option<std::collections::HashMap<String, usize>>,
    key: String,
    value: Value,
    tree: PosTree,
) {
    if obj.contains_key(&key) {
        // The map keeps the first occurrence's place; so does the tree.
        let index = places.get_or_insert_with(|| {
            obj.keys()
                .enumerate()
                .map(|(i, k)| (k.clone(), i))
                .collect()
        });
        if let Some(slot) = index.get(&key).and_then(|&i| trees.get_mut(i)) {
            *slot = tree;
        }
        obj.insert(key, value);
    } else {
        if let Some(index) = places {
            index.insert(key.clone(), obj.len());
        }
        obj.insert(key, value);
        trees.push(tree);
    }
}

/// `<<: *defaults` or `<<: [*a, *b]`, as YAML 1.1 tools do: the first
/// mapping to bring a key wins.
fn merge(
    node: Node,
    merged: &mut Vec<(String, Value, PosTree)>,
    keys: &mut std::collections::HashSet<String>,
) -> Result<(), SyntaxError> {
    let mut add = |map: Map<String, Value>, trees: Vec<PosTree>| {
        for ((k, v), t) in map.into_iter().zip(trees) {
            if keys.insert(k.clone()) {
                merged.push((k, v, t));
            }
        }
    };
    let bad = |at: Position| {
        SyntaxError::new(
            at.line,
            at.column,
            "a merge key `<<` must refer to a mapping or a list of mappings",
        )
    };
    match node.value {
        Value::Object(map) => add(map, node.tree.children),
        Value::Array(items) => {
            for (item, tree) in items.into_iter().zip(node.tree.children) {
                match item {
                    Value::Object(map) => add(map, tree.children),
                    _ => return Err(bad(tree.pos)),
                }
            }
        }
        _ => return Err(bad(node.tree.pos)),
    }
    Ok(())
}
