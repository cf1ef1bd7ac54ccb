//! HCL2 (`.tf`, `.tfvars`) → conftest's JSON shape (hcl2json's), with every entry's position.

use std::collections::HashMap;
use std::ops::Range;

use hcl_edit::expr::{Expression, Object, ObjectKey, Traversal, TraversalOperator, UnaryOperator};
use hcl_edit::structure::{Block, Body, Structure};
use hcl_edit::template::{Directive, Element, ForTemplateExpr, Strip, Template};
use hcl_edit::{Number, Span};
use serde_json::{Map, Value};

use crate::parse::SyntaxError;
use crate::source_map::{LineIndex, PosTree, Position};

/// Parse a `.tf` or `.tfvars` file into conftest's JSON shape and the
/// position of every entry.
pub fn parse(text: &str) -> Result<(Value, PosTree), SyntaxError> {
    // Editors on Windows may save a byte order mark; it is not content, and
    // columns on line 1 read better without it.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (body, renamed) = parse_lenient(text, hcl_edit::parser::parse_body).map_err(|err| {
        let loc = err.location();
        SyntaxError::new(
            to_u32(loc.line()),
            to_u32(loc.column()),
            // A SyntaxError message is a single line (no source excerpt).
            err.message().lines().collect::<Vec<_>>().join(" "),
        )
    })?;
    let conv = Converter {
        src: text,
        lines: LineIndex::new(text),
        renamed,
    };
    let root = Position::new(1, 1);
    let (value, children) = conv.body(&body, root)?.finish();
    Ok((
        value,
        PosTree {
            pos: root,
            children,
        },
    ))
}

/// Object keys that [`parse_lenient`] renamed: byte offset → the key as written.
pub type Renamed = HashMap<usize, String>;

/// Parse with hcl-edit, accepting what Terraform accepts and hcl-edit
/// refuses: an object constructor with a repeated key (`{ a = 1, a = 2 }`,
/// the last one wins). Each repeat is renamed in a copy of the text to a key
/// of the same byte length, so every span still points into `text`; the
/// returned map gives the written key back by its offset.
pub fn parse_lenient<T>(
    text: &str,
    parse: impl Fn(&str) -> Result<T, hcl_edit::parser::Error>,
) -> Result<(T, Renamed), hcl_edit::parser::Error> {
    let mut renamed = Renamed::new();
    let mut work: Option<String> = None;
    let mut serial = 0usize;
    loop {
        let err = match parse(work.as_deref().unwrap_or(text)) {
            Ok(parsed) => return Ok((parsed, renamed)),
            Err(err) => err,
        };
        let at = err.location().offset();
        // A duplicate key might be renamed onto another existing key: bound
        // the retries rather than loop on hostile input.
        if !err.message().contains("redefined object key") || serial > 256 {
            return Err(err);
        }
        let current = work.get_or_insert_with(|| text.to_owned());
        let Some((start, end)) = key_span(current, at) else {
            return Err(err);
        };
        renamed
            .entry(start)
            .or_insert_with(|| unquote_key(&text[start..end]));
        loop {
            serial += 1;
            if serial > 256 {
                return Err(err);
            }
            let fresh = stand_in(end - start, serial, current.as_bytes()[start] == b'"');
            if fresh != current[start..end] {
                current.replace_range(start..end, &fresh);
                break;
            }
        }
    }
}

/// The byte range of the object key that starts at `at`: an identifier or a
/// quoted string without interpolation.
fn key_span(text: &str, at: usize) -> Option<(usize, usize)> {
    let rest = text.get(at..)?;
    let first = rest.chars().next()?;
    if first == '"' {
        let mut escaped = false;
        for (i, c) in rest.char_indices().skip(1) {
            match c {
                '\\' if !escaped => escaped = true,
                '"' if !escaped => {
                    let key = &rest[..=i];
                    return (!key.contains("${") && key.is_ascii()).then_some((at, at + i + 1));
                }
                '\n' => return None,
                _ => escaped = false,
            }
        }
        return None;
    }
    if !(first.is_alphabetic() || first == '_') {
        return None;
    }
    let len = rest
        .char_indices()
        .find(|(_, c)| !(c.is_alphanumeric() || *c == '_' || *c == '-'))
        .map_or(rest.len(), |(i, _)| i);
    Some((at, at + len))
}

fn unquote_key(written: &str) -> String {
    match written.strip_prefix('"').and_then(|w| w.strip_suffix('"')) {
        Some(inner) => unescape_quoted(inner),
        None => written.to_owned(),
    }
}

/// A key of `len` bytes that no configuration writes: `_` and base-36
/// digits of `serial` (quoted keys keep their quotes).
fn stand_in(len: usize, serial: usize, quoted: bool) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let inner = if quoted { len.saturating_sub(2) } else { len };
    let mut out: Vec<u8> = vec![b'_'; inner];
    let mut n = serial;
    for slot in out.iter_mut().skip(1).rev() {
        *slot = DIGITS[n % 36];
        n /= 36;
    }
    if inner == 1 {
        out[0] = b"_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"[serial % 53];
    }
    let inner = String::from_utf8(out).unwrap_or_default();
    if quoted {
        format!("\"{inner}\"")
    } else {
        inner
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// A JSON object under construction. Blocks are merged into it by type and
/// labels, so entries stay open until the whole body has been read.
#[derive(Default)]
struct Obj {
    entries: Vec<(String, Position, Entry)>,
    /// Built only for large objects (many resources of one type): most
    /// bodies have a handful of keys, where a scan is cheaper than hashing.
    index: Option<HashMap<String, usize>>,
}

enum Entry {
    /// An attribute: its value and positions are final.
    Attr(Value, PosTree),
    /// A block type or label: an object keyed by the next label.
    Labels(Obj),
    /// The bodies of every block with the same type and labels, in order.
    Blocks(Vec<(Position, Obj)>),
}

impl Obj {
    const INDEX_FROM: usize = 16;

    fn find(&self, key: &str) -> Option<usize> {
        match &self.index {
            Some(index) => index.get(key).copied(),
            None => self.entries.iter().position(|e| e.0 == key),
        }
    }

    fn get(&self, key: &str) -> Option<&Entry> {
        self.find(key)
            .and_then(|i| self.entries.get(i))
            .map(|e| &e.2)
    }

    /// The entry for `key`, created by `make` (at `pos`) if absent.
    fn slot(&mut self, key: &str, pos: Position, make: impl FnOnce() -> Entry) -> &mut Entry {
        let i = match self.find(key) {
            Some(i) => i,
            None => {
                let i = self.entries.len();
                self.entries.push((key.to_owned(), pos, make()));
                if let Some(index) = &mut self.index {
                    index.insert(key.to_owned(), i);
                } else if self.entries.len() >= Self::INDEX_FROM {
                    let keys = self.entries.iter().enumerate();
                    self.index = Some(keys.map(|(i, e)| (e.0.clone(), i)).collect());
                }
                i
            }
        };
        &mut self.entries[i].2
    }

    fn finish(self) -> (Value, Vec<PosTree>) {
        let mut map = Map::with_capacity(self.entries.len());
        let mut children = Vec::with_capacity(self.entries.len());
        for (key, pos, entry) in self.entries {
            let (value, tree) = match entry {
                Entry::Attr(value, tree) => (value, tree),
                Entry::Labels(obj) => {
                    let (value, children) = obj.finish();
                    (value, PosTree { pos, children })
                }
                Entry::Blocks(bodies) => {
                    let mut items = Vec::with_capacity(bodies.len());
                    let mut trees = Vec::with_capacity(bodies.len());
                    for (body_pos, body) in bodies {
                        let (value, children) = body.finish();
                        items.push(value);
                        trees.push(PosTree {
                            pos: body_pos,
                            children,
                        });
                    }
                    (
                        Value::Array(items),
                        PosTree {
                            pos,
                            children: trees,
                        },
                    )
                }
            };
            map.insert(key, value);
            children.push(tree);
        }
        (Value::Object(map), children)
    }
}

/// How a template's literal text was written: hclsyntax scans heredocs one
/// line per token, and strip markers and `<<-` indentation work per token.
#[derive(Clone, Copy, PartialEq, Eq)]
enum TemplateKind {
    Quoted,
    Heredoc,
    FlushHeredoc,
}

/// A template flattened into hclsyntax's token sequence, which is where its
/// strip markers and heredoc indentation rules are defined.
enum Tok<'a> {
    Lit(String),
    Interp(&'a Expression, Strip),
    If(&'a Expression, Strip),
    Else(Strip),
    EndIf(Strip),
    For(&'a ForTemplateExpr),
    EndFor(Strip),
}

impl Tok<'_> {
    fn strip(&self) -> Strip {
        match self {
            Tok::Lit(_) => Strip::None,
            Tok::Interp(_, s) | Tok::If(_, s) | Tok::Else(s) | Tok::EndIf(s) | Tok::EndFor(s) => *s,
            Tok::For(f) => f.strip,
        }
    }
}

struct Converter<'s> {
    src: &'s str,
    lines: LineIndex,
    renamed: Renamed,
}

impl Converter<'_> {
    fn at(&self, span: Option<Range<usize>>, fallback: Position) -> Position {
        span.map_or(fallback, |r| self.lines.position(self.src, r.start))
    }

    /// The source text of an expression, as hcl2json slices it by range.
    fn text(&self, expr: &Expression) -> String {
        expr.span().and_then(|r| self.src.get(r)).map_or_else(
            || expr.to_string().trim().to_owned(),
            |s| s.trim().to_owned(),
        )
    }

    fn wrap(&self, expr: &Expression) -> String {
        format!("${{{}}}", self.text(expr))
    }

    fn body(&self, body: &Body, pos: Position) -> Result<Obj, SyntaxError> {
        let mut out = Obj::default();
        for structure in body.iter() {
            match structure {
                Structure::Attribute(attr) => {
                    let key_pos = self.at(attr.key.span(), pos);
                    let (value, tree) = self.expr(&attr.value, key_pos);
                    // hcl2json writes attributes after blocks, so an attribute
                    // replaces a block of the same name wholesale.
                    *out.slot(attr.key.as_str(), key_pos, || Entry::Labels(Obj::default())) =
                        Entry::Attr(value, tree);
                }
                Structure::Block(block) => self.block(block, &mut out, pos)?,
            }
        }
        Ok(out)
    }

    fn block(&self, block: &Block, out: &mut Obj, parent: Position) -> Result<(), SyntaxError> {
        let pos = self.at(block.ident.span(), self.at(block.span(), parent));
        let body = self.body(&block.body, pos)?;
        let kind = block.ident.as_str();
        if let Some(Entry::Attr(..)) = out.get(kind) {
            // An attribute of the same name wins (see `body`).
            return Ok(());
        }
        let mixed = || {
            let labels: Vec<&str> = block.labels.iter().map(|l| l.as_str()).collect();
            let name = if labels.is_empty() {
                kind.to_owned()
            } else {
                format!("{kind}.{}", labels.join("."))
            };
            SyntaxError::new(
                pos.line,
                pos.column,
                format!(
                    "unable to convert block {name} to JSON: blocks of type \"{kind}\" have different numbers of labels"
                ),
            )
        };
        let mut cur = out;
        let mut key = kind;
        for label in &block.labels {
            match cur.slot(key, pos, || Entry::Labels(Obj::default())) {
                Entry::Labels(obj) => cur = obj,
                _ => return Err(mixed()),
            }
            key = label.as_str();
        }
        match cur.slot(key, pos, || Entry::Blocks(Vec::new())) {
            Entry::Blocks(bodies) => {
                bodies.push((pos, body));
                Ok(())
            }
            _ => Err(mixed()),
        }
    }

    /// An expression as hcl2json converts it: literals (recursively through
    /// tuples and objects) become JSON, anything else `"${source}"`.
    fn expr(&self, expr: &Expression, pos: Position) -> (Value, PosTree) {
        let leaf = |value: Value| (value, PosTree::leaf(pos));
        match expr {
            Expression::Null(_) => leaf(Value::Null),
            Expression::Bool(b) => leaf(Value::Bool(*b.value())),
            Expression::Number(n) => leaf(number_value(n.value())),
            Expression::String(s) => leaf(Value::String(s.value().clone())),
            Expression::Array(array) => {
                let mut items = Vec::with_capacity(array.len());
                let mut children = Vec::with_capacity(array.len());
                for item in array.iter() {
                    let (value, tree) = self.expr(item, self.at(item.span(), pos));
                    items.push(value);
                    children.push(tree);
                }
                (Value::Array(items), PosTree { pos, children })
            }
            Expression::Object(object) => self.object(object, pos),
            Expression::StringTemplate(t) => self.template_value(t, TemplateKind::Quoted, pos),
            Expression::HeredocTemplate(h) => {
                self.template_value(&h.template, self.heredoc_kind(expr), pos)
            }
            Expression::UnaryOp(op) => match (op.operator.value(), &op.expr) {
                // hcl2json folds an operator applied directly to a literal.
                (UnaryOperator::Neg, Expression::Number(n)) if !self.is_negative(&op.expr) => {
                    leaf(number_value(&-*n.value()))
                }
                (UnaryOperator::Not, Expression::Bool(b)) => leaf(Value::Bool(!*b.value())),
                _ => leaf(Value::String(self.wrap(expr))),
            },
            _ => leaf(Value::String(self.wrap(expr))),
        }
    }

    /// hcl-edit reads `-1` as one number where hclsyntax sees negation.
    fn is_negative(&self, expr: &Expression) -> bool {
        self.text(expr).starts_with('-')
    }

    fn heredoc_kind(&self, expr: &Expression) -> TemplateKind {
        let flush = expr
            .span()
            .and_then(|r| self.src.get(r))
            .is_some_and(|s| s.starts_with("<<-"));
        if flush {
            TemplateKind::FlushHeredoc
        } else {
            TemplateKind::Heredoc
        }
    }

    fn object(&self, object: &Object, pos: Position) -> (Value, PosTree) {
        let mut map = Map::with_capacity(object.len());
        let mut children = Vec::with_capacity(object.len());
        for (key, value) in object.iter() {
            let key_pos = self.at(key.span(), pos);
            let name = self.object_key(key);
            let (value, tree) = self.expr(value.expr(), key_pos);
            // Two keys can convert to the same name (`a` and `"a"`): the
            // last one wins, as in hcl2json's Go map.
            let replaced = if map.contains_key(&name) {
                map.keys().position(|k| *k == name)
            } else {
                None
            };
            map.insert(name, value);
            match replaced.and_then(|i| children.get_mut(i)) {
                Some(slot) => *slot = tree,
                None => children.push(tree),
            }
        }
        (Value::Object(map), PosTree { pos, children })
    }

    fn object_key(&self, key: &ObjectKey) -> String {
        if let Some(written) = key.span().and_then(|r| self.renamed.get(&r.start)) {
            return written.clone();
        }
        match key {
            ObjectKey::Ident(ident) => ident.as_str().to_owned(),
            ObjectKey::Expression(expr) => match expr {
                // A bare name or a static traversal (`a.b[0]`) is taken as written.
                Expression::Variable(v) => v.as_str().to_owned(),
                Expression::Traversal(t) if self.is_static_traversal(t) => self.text(expr),
                Expression::Null(_) => "null".to_owned(),
                _ => self.string_part(expr),
            },
        }
    }

    /// Whether hclsyntax would parse this as a scope traversal (root name,
    /// attributes and literal indexes) rather than an index or splat expression.
    fn is_static_traversal(&self, t: &Traversal) -> bool {
        matches!(t.expr, Expression::Variable(_))
            && t.operators.iter().all(|op| match op.value() {
                TraversalOperator::GetAttr(_) | TraversalOperator::LegacyIndex(_) => true,
                TraversalOperator::Index(index) => match index {
                    Expression::Number(_) => !self.is_negative(index),
                    Expression::String(_) | Expression::Bool(_) | Expression::Null(_) => true,
                    _ => false,
                },
                TraversalOperator::AttrSplat(_) | TraversalOperator::FullSplat(_) => false,
            })
    }

    /// An expression inside a template (or an object key) rendered as text,
    /// as hcl2json's `convertStringPart` does.
    fn string_part(&self, expr: &Expression) -> String {
        match expr {
            Expression::Bool(b) => b.value().to_string(),
            Expression::Number(n) if !self.is_negative(expr) => number_string(n.value()),
            Expression::String(s) => s.value().clone(),
            Expression::StringTemplate(t) => self.template_string(t, TemplateKind::Quoted),
            Expression::HeredocTemplate(h) => {
                self.template_string(&h.template, self.heredoc_kind(expr))
            }
            // hclsyntax turns `%{if}` directives into conditionals, so hcl2json
            // renders every conditional inside a template back as a directive.
            Expression::Conditional(c) => {
                let mut out = format!("%{{if {}}}", self.text(&c.cond_expr));
                out.push_str(&self.string_part(&c.true_expr));
                let otherwise = self.string_part(&c.false_expr);
                if !otherwise.is_empty() {
                    out.push_str("%{else}");
                    out.push_str(&otherwise);
                }
                out.push_str("%{endif}");
                out
            }
            _ => self.wrap(expr),
        }
    }

    /// A template as a JSON value: one lone interpolation passes its
    /// expression through (`"${4 - 2}"`, `"${[1, 2]}"`), anything else is text.
    fn template_value(&self, t: &Template, kind: TemplateKind, pos: Position) -> (Value, PosTree) {
        let toks = self.template_tokens(t, kind);
        match toks.as_slice() {
            [Tok::Interp(inner, _)] => self.expr(inner, pos),
            _ => (Value::String(self.render(&toks)), PosTree::leaf(pos)),
        }
    }

    fn template_string(&self, t: &Template, kind: TemplateKind) -> String {
        let toks = self.template_tokens(t, kind);
        match toks.as_slice() {
            [Tok::Interp(inner, _)] => self.string_part(inner),
            _ => self.render(&toks),
        }
    }

    /// hclsyntax's template pipeline: strip markers, then `<<-` indentation,
    /// then adjacent literals merged.
    fn template_tokens<'a>(&self, t: &'a Template, kind: TemplateKind) -> Vec<Tok<'a>> {
        let mut toks = Vec::new();
        self.flatten(t, kind, &mut toks);
        apply_strip_markers(&mut toks);
        if kind == TemplateKind::FlushHeredoc {
            flush_heredoc(&mut toks);
        }
        meld_literals(toks)
    }

    fn flatten<'a>(&self, t: &'a Template, kind: TemplateKind, out: &mut Vec<Tok<'a>>) {
        for element in t.iter() {
            match element {
                Element::Literal(lit) if kind == TemplateKind::Quoted => {
                    // hcl-edit leaves escapes undecoded inside a quoted
                    // string's directives, so decode from the source text.
                    let text = lit
                        .span()
                        .and_then(|r| self.src.get(r))
                        .map_or_else(|| lit.value().clone(), unescape_quoted);
                    out.push(Tok::Lit(text));
                }
                Element::Literal(lit) => {
                    // hcl-edit has already dedented `<<-` literals by its own
                    // rule, so start again from the source text.
                    let raw = lit
                        .span()
                        .and_then(|r| self.src.get(r))
                        .map_or_else(|| lit.value().clone(), unescape_markers);
                    out.extend(raw.split_inclusive('\n').map(|l| Tok::Lit(l.to_owned())));
                }
                Element::Interpolation(interp) => out.push(Tok::Interp(&interp.expr, interp.strip)),
                Element::Directive(directive) => match directive.as_ref() {
                    Directive::If(d) => {
                        out.push(Tok::If(&d.if_expr.cond_expr, d.if_expr.strip));
                        self.flatten(&d.if_expr.template, kind, out);
                        if let Some(otherwise) = &d.else_expr {
                            out.push(Tok::Else(otherwise.strip));
                            self.flatten(&otherwise.template, kind, out);
                        }
                        out.push(Tok::EndIf(d.endif_expr.strip));
                    }
                    Directive::For(d) => {
                        out.push(Tok::For(&d.for_expr));
                        self.flatten(&d.for_expr.template, kind, out);
                        out.push(Tok::EndFor(d.endfor_expr.strip));
                    }
                },
            }
        }
    }

    fn render(&self, toks: &[Tok<'_>]) -> String {
        const ELSE: &str = "%{else}";
        let mut out = String::new();
        // Where each open `%{if}`'s `%{else}` was written: hcl2json leaves it
        // out when the else branch renders empty.
        let mut elses: Vec<Option<usize>> = Vec::new();
        for tok in toks {
            match tok {
                Tok::Lit(s) => out.push_str(s),
                Tok::Interp(expr, _) => out.push_str(&self.string_part(expr)),
                Tok::If(cond, _) => {
                    out.push_str("%{if ");
                    out.push_str(&self.text(cond));
                    out.push('}');
                    elses.push(None);
                }
                Tok::Else(_) => {
                    if let Some(top) = elses.last_mut() {
                        *top = Some(out.len());
                    }
                    out.push_str(ELSE);
                }
                Tok::EndIf(_) => {
                    if let Some(Some(at)) = elses.pop() {
                        if out.len() == at + ELSE.len() {
                            out.truncate(at);
                        }
                    }
                    out.push_str("%{endif}");
                }
                Tok::For(f) => {
                    out.push_str("%{for ");
                    if let Some(key) = &f.key_var {
                        out.push_str(key.as_str());
                        out.push_str(", ");
                    }
                    out.push_str(f.value_var.as_str());
                    out.push_str(" in ");
                    out.push_str(&self.text(&f.collection_expr));
                    out.push('}');
                }
                Tok::EndFor(_) => out.push_str("%{endfor}"),
            }
        }
        out
    }
}

/// `~` on a marker trims the whitespace of the literal token right before
/// or after it (only that token: for heredocs, one line).
fn apply_strip_markers(toks: &mut [Tok<'_>]) {
    let mut trim_next = false;
    for i in 0..toks.len() {
        let trim_this = std::mem::take(&mut trim_next);
        let strip = toks[i].strip();
        if let Tok::Lit(s) = &mut toks[i] {
            if trim_this {
                *s = s.trim_start().to_owned();
            }
            continue;
        }
        if strip.strip_start() && i > 0 {
            if let Tok::Lit(prev) = &mut toks[i - 1] {
                prev.truncate(prev.trim_end().len());
            }
        }
        trim_next = strip.strip_end();
    }
}

/// `<<-`: remove the smallest leading whitespace of any line from every
/// line. Whitespace-only lines don't count and are left alone, and a line
/// that starts with an interpolation or directive counts as zero.
fn flush_heredoc(toks: &mut [Tok<'_>]) {
    let mut min = usize::MAX;
    let mut line_start = true;
    let mut adjust = Vec::new();
    for (i, tok) in toks.iter().enumerate() {
        if std::mem::take(&mut line_start) {
            let spaces = match tok {
                Tok::Lit(s) => {
                    let rest = s.trim_start();
                    if rest.is_empty() && s.ends_with('\n') {
                        usize::MAX
                    } else {
                        adjust.push(i);
                        s[..s.len() - rest.len()].chars().count()
                    }
                }
                _ => 0,
            };
            min = min.min(spaces);
        }
        if let Tok::Lit(s) = tok {
            line_start = s.ends_with('\n');
        }
    }
    for i in adjust {
        if let Some(Tok::Lit(s)) = toks.get_mut(i) {
            let cut = s.char_indices().nth(min).map_or(s.len(), |(at, _)| at);
            s.drain(..cut);
        }
    }
}

fn meld_literals(toks: Vec<Tok<'_>>) -> Vec<Tok<'_>> {
    let mut out: Vec<Tok<'_>> = Vec::with_capacity(toks.len());
    for tok in toks {
        match (out.last_mut(), tok) {
            (Some(Tok::Lit(prev)), Tok::Lit(s)) => prev.push_str(&s),
            (_, tok) => out.push(tok),
        }
    }
    out
}

/// A quoted string's escapes: `\n`, `\"`, `\u00e9`, …, and `$${`/`%%{`.
/// The parser has already rejected malformed ones at the top level; any
/// left inside a directive are kept as written.
fn unescape_quoted(raw: &str) -> String {
    if !raw.contains(['\\', '$', '%']) {
        return raw.to_owned();
    }
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(c) = rest.chars().next() {
        let (decoded, used) = match c {
            '\\' => decode_escape(rest),
            '$' if rest.starts_with("$${") => (Some('$'), 2),
            '%' if rest.starts_with("%%{") => (Some('%'), 2),
            _ => (None, 0),
        };
        match decoded {
            Some(d) => {
                out.push(d);
                rest = &rest[used..];
            }
            None => {
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    out
}

/// The character a backslash escape at the start of `s` stands for, and
/// how many bytes it spans.
fn decode_escape(s: &str) -> (Option<char>, usize) {
    let simple = |c| (Some(c), 2);
    match s.as_bytes().get(1) {
        Some(b'n') => simple('\n'),
        Some(b'r') => simple('\r'),
        Some(b't') => simple('\t'),
        Some(b'\\') => simple('\\'),
        Some(b'"') => simple('"'),
        Some(&b) if b == b'u' || b == b'U' => {
            let len = if b == b'u' { 4 } else { 8 };
            let c = s
                .get(2..2 + len)
                .filter(|hex| hex.bytes().all(|h| h.is_ascii_hexdigit()))
                .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                .and_then(char::from_u32);
            (c, 2 + len)
        }
        _ => (None, 0),
    }
}

/// Heredocs have no backslash escapes; only the template markers.
fn unescape_markers(raw: &str) -> String {
    if raw.contains("$${") || raw.contains("%%{") {
        raw.replace("$${", "${").replace("%%{", "%{")
    } else {
        raw.to_owned()
    }
}

/// Integral numbers print as integers, as Go's big-float formatting does.
fn number_value(n: &Number) -> Value {
    if let Some(i) = n.as_i64() {
        return Value::from(i);
    }
    if let Some(u) = n.as_u64() {
        return Value::from(u);
    }
    match n.as_f64() {
        Some(f) if f.fract() == 0.0 && f.abs() < 9.2e18 => Value::from(f as i64),
        Some(f) => serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number),
        None => Value::Null,
    }
}

fn number_string(n: &Number) -> String {
    match number_value(n) {
        Value::Number(n) => n.to_string(),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::parse;
    use crate::source_map::{assert_mirrors, PosTree};
    use serde_json::{json, Value};

    fn value(text: &str) -> Value {
        match parse(text) {
            Ok((value, tree)) => {
                assert_mirrors(&value, &tree);
                value
            }
            Err(err) => panic!("unexpected syntax error {err} in:\n{text}"),
        }
    }

    /// The (line, column) of the entry at `path`; array indexes are numbers.
    fn pos(text: &str, path: &[&str]) -> (u32, u32) {
        let (value, tree) = match parse(text) {
            Ok(parsed) => parsed,
            Err(err) => panic!("unexpected syntax error {err}"),
        };
        let mut tree: &PosTree = &tree;
        let mut cur = &value;
        for seg in path {
            let (next, i) = match cur {
                Value::Object(map) => {
                    let i = map.keys().position(|k| k == seg);
                    let i = i.unwrap_or_else(|| panic!("no key {seg} in {cur}"));
                    (&map[*seg], i)
                }
                Value::Array(items) => {
                    let i: usize = seg.parse().unwrap_or_else(|_| panic!("bad index {seg}"));
                    (&items[i], i)
                }
                _ => panic!("cannot step into {cur} with {seg}"),
            };
            cur = next;
            tree = &tree.children[i];
        }
        (tree.pos.line, tree.pos.column)
    }

    fn line(text: &str, path: &[&str]) -> u32 {
        pos(text, path).0
    }

    fn error(text: &str) -> (u32, u32, String) {
        match parse(text) {
            Ok((value, _)) => panic!("expected a syntax error, got {value}"),
            Err(err) => (err.line, err.column, err.message),
        }
    }

    // conftest parser/hcl2/hcl2_test.go "simple-resources".
    const BEANSTALK: &str = r#"
resource "aws_elastic_beanstalk_environment" "example" {
  name        = "test_environment"
  application = "testing"

  setting {
    namespace = "aws:autoscaling:asg"
    name      = "MinSize"
    value     = "1"
  }

  dynamic "setting" {
    for_each = data.consul_key_prefix.environment.var
    content {
      heredoc = <<-EOF
        This is a heredoc template.
        It references ${local.other.3}
        EOF
      simple = "${4 - 2}"
      cond = test3 > 2 ? 1: 0
      heredoc2 = <<EOF
        Another heredoc, that
        doesn't remove indentation
        ${local.other.3}
        %{if true ? false : true}"gotcha"\n%{else}4%{endif}
      EOF
      loop = "This has a for loop: %{for x in local.arr}x,%{endfor}"
      namespace = "aws:elasticbeanstalk:application:environment"
      name      = setting.key
      value     = setting.value
    }
  }
}"#;

    #[test]
    fn conftest_simple_resources() {
        assert_eq!(
            value(BEANSTALK),
            json!({"resource": {"aws_elastic_beanstalk_environment": {"example": [{
                "name": "test_environment",
                "application": "testing",
                "setting": [{
                    "name": "MinSize",
                    "namespace": "aws:autoscaling:asg",
                    "value": "1"
                }],
                "dynamic": {"setting": [{
                    "for_each": "${data.consul_key_prefix.environment.var}",
                    "content": [{
                        "cond": "${test3 > 2 ? 1: 0}",
                        "heredoc": "This is a heredoc template.\nIt references ${local.other.3}\n",
                        "heredoc2": "        Another heredoc, that\n        doesn't remove indentation\n        ${local.other.3}\n        %{if true ? false : true}\"gotcha\"\\n%{else}4%{endif}\n",
                        "loop": "This has a for loop: %{for x in local.arr}x,%{endfor}",
                        "name": "${setting.key}",
                        "namespace": "aws:elasticbeanstalk:application:environment",
                        "simple": "${4 - 2}",
                        "value": "${setting.value}"
                    }]
                }]}
            }]}}})
        );
    }

    #[test]
    fn conftest_single_provider() {
        let text = "provider \"aws\" {\n  version = \"=2.46.0\"\n  alias   = \"one\"\n}\n";
        assert_eq!(
            value(text),
            json!({"provider": {"aws": [{"alias": "one", "version": "=2.46.0"}]}})
        );
    }

    const TWO_PROVIDERS: &str = r#"
provider "aws" {
  version = "=2.46.0"
  alias   = "one"
}
provider "aws" {
  version = "=2.47.0"
  alias   = "two"
}
"#;

    #[test]
    fn conftest_repeated_providers_are_one_array() {
        assert_eq!(
            value(TWO_PROVIDERS),
            json!({"provider": {"aws": [
                {"alias": "one", "version": "=2.46.0"},
                {"alias": "two", "version": "=2.47.0"}
            ]}})
        );
    }

    #[test]
    fn repeated_provider_positions() {
        assert_eq!(line(TWO_PROVIDERS, &["provider", "aws", "0"]), 2);
        assert_eq!(line(TWO_PROVIDERS, &["provider", "aws", "1"]), 6);
        assert_eq!(line(TWO_PROVIDERS, &["provider", "aws", "1", "alias"]), 8);
    }

    // tmccombs/hcl2json convert/convert_test.go TestConversion.
    const HCL2JSON_INPUT: &str = "
locals {
\ttest3 = 1 + 2
\ttest1 = \"hello\"
\ttest2 = 5
\tarr = [1, 2, 3, 4]
\thyphen-test = 3
\ttemp = \"${1 + 2} %{if local.test2 < 3}\\\"4\\n\\\"%{endif}\"
\ttemp2 = \"${\"hi\"} there\"
\t\tquoted = \"\\\"quoted\\\"\"
\t\tsquoted = \"'quoted'\"
\tx = -10
\ty = -x
\tz = -(1 + 4)
}

locals {
\tother = {
\t\tnum = local.test2 + 5
\t\tthing = [for x in local.arr: x * 2]
\t\t\"${local.test3}\" = 4
\t\t3 = 1
\t\t\"local.test1\" = 89
\t\t\"a.b.c[\\\"hi\\\"][3].*\" = 3
\t\tloop = \"This has a for loop: %{for x in local.arr}x,%{endfor}\"
\t\ta.b.c = \"True\"
\t}
}

locals {
\theredoc = <<-EOF
\t\tThis is a heredoc template.
\t\tIt references ${local.other.3}
\tEOF
\tsimple = \"${4 - 2}\"
\tcond = test3 > 2 ? 1: 0
\theredoc2 = <<EOF
\t\tAnother heredoc, that
\t\tdoesn't remove indentation
\t\t${local.other.3}
\t\t%{if true ? false : true}\"gotcha\"\\n%{else}4%{endif}
\tEOF
}

data \"terraform_remote_state\" \"remote\" {
\tbackend = \"s3\"

\tconfig = {
\t\tprofile = var.profile
\t\tregion  = var.region
\t\tbucket  = \"mybucket\"
\t\tkey     = \"mykey\"
\t}
}

variable \"profile\" {}

variable \"region\" {
\tdefault = \"us-east-1\"
}
";

    #[test]
    fn hcl2json_conversion() {
        assert_eq!(
            value(HCL2JSON_INPUT),
            json!({
                "data": {"terraform_remote_state": {"remote": [{
                    "backend": "s3",
                    "config": {
                        "bucket": "mybucket",
                        "key": "mykey",
                        "profile": "${var.profile}",
                        "region": "${var.region}"
                    }
                }]}},
                "locals": [
                    {
                        "arr": [1, 2, 3, 4],
                        "hyphen-test": 3,
                        "quoted": "\"quoted\"",
                        "squoted": "'quoted'",
                        "temp": "${1 + 2} %{if local.test2 < 3}\"4\n\"%{endif}",
                        "temp2": "hi there",
                        "test1": "hello",
                        "test2": 5,
                        "test3": "${1 + 2}",
                        "x": -10,
                        "y": "${-x}",
                        "z": "${-(1 + 4)}"
                    },
                    {
                        "other": {
                            "${local.test3}": 4,
                            "3": 1,
                            "a.b.c": "True",
                            "a.b.c[\"hi\"][3].*": 3,
                            "local.test1": 89,
                            "loop": "This has a for loop: %{for x in local.arr}x,%{endfor}",
                            "num": "${local.test2 + 5}",
                            "thing": "${[for x in local.arr: x * 2]}"
                        }
                    },
                    {
                        "cond": "${test3 > 2 ? 1: 0}",
                        "heredoc": "This is a heredoc template.\nIt references ${local.other.3}\n",
                        "heredoc2": "\t\tAnother heredoc, that\n\t\tdoesn't remove indentation\n\t\t${local.other.3}\n\t\t%{if true ? false : true}\"gotcha\"\\n%{else}4%{endif}\n",
                        "simple": "${4 - 2}"
                    }
                ],
                "variable": {
                    "profile": [{}],
                    "region": [{"default": "us-east-1"}]
                }
            })
        );
    }

    #[test]
    fn hcl2json_labels_with_nested_block() {
        let text = "block \"label_one\" \"label_two\" {\n\tnested_block { }\n}";
        assert_eq!(
            value(text),
            json!({"block": {"label_one": {"label_two": [{"nested_block": [{}]}]}}})
        );
    }

    #[test]
    fn hcl2json_multiple_blocks_with_same_labels() {
        let text = "block \"label_one\" {\n\tattribute = \"value\"\n}\nblock \"label_one\" {\n\tattribute = \"value_two\"\n}\n";
        assert_eq!(
            value(text),
            json!({"block": {"label_one": [
                {"attribute": "value"},
                {"attribute": "value_two"}
            ]}})
        );
    }

    #[test]
    fn hcl2json_expression_at_end_of_file_keeps_its_closing_paren() {
        let text = "inputs = merge(\n\t\t{},\n\t\tfoo().inputs\n\t)";
        assert_eq!(
            value(text),
            json!({"inputs": "${merge(\n\t\t{},\n\t\tfoo().inputs\n\t)}"})
        );
    }

    #[test]
    fn resources_of_one_type_merge_under_it() {
        let text = r#"
resource "aws_s3_bucket" "a" {
  acl = "private"
}

resource "aws_s3_bucket" "b" {
  acl = "public-read"
}

resource "aws_iam_role" "r" {}
"#;
        assert_eq!(
            value(text),
            json!({"resource": {
                "aws_s3_bucket": {
                    "a": [{"acl": "private"}],
                    "b": [{"acl": "public-read"}]
                },
                "aws_iam_role": {"r": [{}]}
            }})
        );
        assert_eq!(pos(text, &["resource"]), (2, 1));
        assert_eq!(line(text, &["resource", "aws_s3_bucket", "a"]), 2);
        assert_eq!(pos(text, &["resource", "aws_s3_bucket", "b"]), (6, 1));
        assert_eq!(pos(text, &["resource", "aws_s3_bucket", "b", "0"]), (6, 1));
        assert_eq!(
            pos(text, &["resource", "aws_s3_bucket", "b", "0", "acl"]),
            (7, 3)
        );
        assert_eq!(line(text, &["resource", "aws_iam_role"]), 10);
        assert_eq!(line(text, &["resource", "aws_iam_role", "r", "0"]), 10);
    }

    const INGRESS: &str = r#"resource "aws_security_group" "sg" {
  name = "sg"

  ingress {
    from_port   = 22
    cidr_blocks = ["10.0.0.0/8"]
  }

  ingress {
    from_port = 443
    cidr_blocks = [
      "0.0.0.0/0",
      var.extra_cidr,
    ]
  }
}
"#;

    #[test]
    fn repeated_nested_blocks_are_one_array() {
        assert_eq!(
            value(INGRESS),
            json!({"resource": {"aws_security_group": {"sg": [{
                "name": "sg",
                "ingress": [
                    {"from_port": 22, "cidr_blocks": ["10.0.0.0/8"]},
                    {"from_port": 443, "cidr_blocks": ["0.0.0.0/0", "${var.extra_cidr}"]}
                ]
            }]}}})
        );
    }

    #[test]
    fn repeated_nested_block_positions() {
        let sg = ["resource", "aws_security_group", "sg", "0"];
        let at = |rest: &[&str]| line(INGRESS, &[&sg[..], rest].concat());
        assert_eq!(line(INGRESS, &sg), 1);
        assert_eq!(at(&["name"]), 2);
        assert_eq!(at(&["ingress"]), 4);
        assert_eq!(at(&["ingress", "0"]), 4);
        assert_eq!(at(&["ingress", "0", "from_port"]), 5);
        assert_eq!(at(&["ingress", "1"]), 9);
        assert_eq!(at(&["ingress", "1", "from_port"]), 10);
        assert_eq!(at(&["ingress", "1", "cidr_blocks"]), 11);
        assert_eq!(
            pos(
                INGRESS,
                &[&sg[..], &["ingress", "1", "cidr_blocks", "0"]].concat()
            ),
            (12, 7)
        );
        assert_eq!(at(&["ingress", "1", "cidr_blocks", "1"]), 13);
    }

    #[test]
    fn dynamic_block() {
        let text = r#"resource "aws_security_group" "sg" {
  dynamic "ingress" {
    for_each = var.ports
    iterator = port
    content {
      from_port = port.value
      to_port   = port.value
      protocol  = "tcp"
    }
  }
}
"#;
        assert_eq!(
            value(text),
            json!({"resource": {"aws_security_group": {"sg": [{
                "dynamic": {"ingress": [{
                    "for_each": "${var.ports}",
                    "iterator": "${port}",
                    "content": [{
                        "from_port": "${port.value}",
                        "to_port": "${port.value}",
                        "protocol": "tcp"
                    }]
                }]}
            }]}}})
        );
        let dynamic = ["resource", "aws_security_group", "sg", "0", "dynamic"];
        assert_eq!(line(text, &dynamic), 2);
        assert_eq!(line(text, &[&dynamic[..], &["ingress", "0"]].concat()), 2);
        let content = [&dynamic[..], &["ingress", "0", "content", "0"]].concat();
        assert_eq!(line(text, &content), 5);
        assert_eq!(line(text, &[&content[..], &["protocol"]].concat()), 8);
    }

    #[test]
    fn module_block() {
        let text = r#"module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.17.0"

  name            = "my-vpc"
  azs             = ["us-west-2a", "us-west-2b"]
  private_subnets = [for i in range(2) : cidrsubnet(var.cidr, 8, i)]
  tags            = merge(local.tags, { Name = "my-vpc" })
  enable_nat      = true
  depends_on      = [module.other]
}
"#;
        assert_eq!(
            value(text),
            json!({"module": {"vpc": [{
                "source": "terraform-aws-modules/vpc/aws",
                "version": "5.17.0",
                "name": "my-vpc",
                "azs": ["us-west-2a", "us-west-2b"],
                "private_subnets": "${[for i in range(2) : cidrsubnet(var.cidr, 8, i)]}",
                "tags": "${merge(local.tags, { Name = \"my-vpc\" })}",
                "enable_nat": true,
                "depends_on": ["${module.other}"]
            }]}})
        );
        assert_eq!(line(text, &["module", "vpc", "0", "tags"]), 8);
    }

    #[test]
    fn variables_outputs_and_type_constraints() {
        let text = r#"
variable "names" {
  type        = list(string)
  default     = []
  description = "Names"
  sensitive   = false
  validation {
    condition     = length(var.names) > 0
    error_message = "At least one."
  }
}

variable "region" {
  type = string
}

output "ids" {
  value = aws_instance.web[*].id
}
"#;
        assert_eq!(
            value(text),
            json!({
                "variable": {
                    "names": [{
                        "type": "${list(string)}",
                        "default": [],
                        "description": "Names",
                        "sensitive": false,
                        "validation": [{
                            "condition": "${length(var.names) > 0}",
                            "error_message": "At least one."
                        }]
                    }],
                    "region": [{"type": "${string}"}]
                },
                "output": {"ids": [{"value": "${aws_instance.web[*].id}"}]}
            })
        );
    }

    #[test]
    fn same_variable_twice_appends() {
        let text = "variable \"x\" {\n  default = 1\n}\n\nvariable \"x\" {\n  default = 2\n}\n";
        assert_eq!(
            value(text),
            json!({"variable": {"x": [{"default": 1}, {"default": 2}]}})
        );
        assert_eq!(line(text, &["variable", "x", "1", "default"]), 6);
    }

    #[test]
    fn locals_blocks_each_add_an_element() {
        let text = "locals {\n  a = 1\n}\nlocals {\n  b = 2\n}\n";
        assert_eq!(value(text), json!({"locals": [{"a": 1}, {"b": 2}]}));
        assert_eq!(line(text, &["locals", "1", "b"]), 5);
    }

    #[test]
    fn non_literal_expressions_are_wrapped_source() {
        let text = r#"
a = setting.key
b = a > 2 ? 1 : 0
c = upper("x")
d = [for s in var.list : upper(s) if s != ""]
e = {for k, v in var.map : k => v}
f = aws_instance.web[*].id
g = var.list[0].name
h = var.map["key"]
i = local.a + local.b * 2
j = (1 + 2)
k = !var.enabled
l = var.a && var.b || !var.c
m = data.aws_ami.ubuntu.id   # trailing comment is not part of it
n = try(var.x, null)
o = file("${path.module}/x.json")
"#;
        assert_eq!(
            value(text),
            json!({
                "a": "${setting.key}",
                "b": "${a > 2 ? 1 : 0}",
                "c": "${upper(\"x\")}",
                "d": "${[for s in var.list : upper(s) if s != \"\"]}",
                "e": "${{for k, v in var.map : k => v}}",
                "f": "${aws_instance.web[*].id}",
                "g": "${var.list[0].name}",
                "h": "${var.map[\"key\"]}",
                "i": "${local.a + local.b * 2}",
                "j": "${(1 + 2)}",
                "k": "${!var.enabled}",
                "l": "${var.a && var.b || !var.c}",
                "m": "${data.aws_ami.ubuntu.id}",
                "n": "${try(var.x, null)}",
                "o": "${file(\"${path.module}/x.json\")}"
            })
        );
    }

    #[test]
    fn multi_line_expression_keeps_its_text() {
        let text = "x = [\n  for s in var.list :\n  upper(s)\n]\ny = 1\n";
        assert_eq!(
            value(text),
            json!({"x": "${[\n  for s in var.list :\n  upper(s)\n]}", "y": 1})
        );
        assert_eq!(line(text, &["y"]), 5);
    }

    #[test]
    fn literals() {
        let text = r#"
s = "text"
i = 42
f = 1.5
whole = 1.0
exp = 1e3
neg = -10
negf = -1.25
spaced = - 5
t = true
no = !true
n = null
empty = ""
list = []
obj = {}
unicode = "\u00e9\t\\ \"q\""
"#;
        assert_eq!(
            value(text),
            json!({
                "s": "text", "i": 42, "f": 1.5, "whole": 1, "exp": 1000,
                "neg": -10, "negf": -1.25, "spaced": -5,
                "t": true, "no": false, "n": null, "empty": "",
                "list": [], "obj": {}, "unicode": "é\t\\ \"q\""
            })
        );
    }

    #[test]
    fn tuples_convert_per_element() {
        let text = "x = [1, var.a, \"s\", [2, local.b], { k = v.w }, null]\n";
        assert_eq!(
            value(text),
            json!({"x": [1, "${var.a}", "s", [2, "${local.b}"], {"k": "${v.w}"}, null]})
        );
    }

    #[test]
    fn nested_objects_convert_per_member() {
        let text = r#"tags = {
  Name = "web"
  "quoted key" = 1
  Env = var.env
  inner = {
    deep = [true, false]
    more = { x = local.x }
  }
}
"#;
        assert_eq!(
            value(text),
            json!({"tags": {
                "Name": "web",
                "quoted key": 1,
                "Env": "${var.env}",
                "inner": {"deep": [true, false], "more": {"x": "${local.x}"}}
            }})
        );
        assert_eq!(pos(text, &["tags"]), (1, 1));
        assert_eq!(pos(text, &["tags", "Name"]), (2, 3));
        assert_eq!(line(text, &["tags", "quoted key"]), 3);
        assert_eq!(line(text, &["tags", "inner"]), 5);
        assert_eq!(pos(text, &["tags", "inner", "deep"]), (6, 5));
        assert_eq!(line(text, &["tags", "inner", "more", "x"]), 7);
    }

    #[test]
    fn object_keys_as_hcl2json_writes_them() {
        let text = r#"x = {
  bare = 1
  "quoted" = 2
  3 = 3
  a.b[0] = 4
  "${local.k}" = 5
  (var.k) = 6
  d[*].e = 7
  true = 8
}
"#;
        assert_eq!(
            value(text),
            json!({"x": {
                "bare": 1, "quoted": 2, "3": 3, "a.b[0]": 4,
                "${local.k}": 5, "${(var.k)}": 6, "${d[*].e}": 7, "true": 8
            }})
        );
    }

    #[test]
    fn quoted_templates_keep_their_text() {
        let text = r#"
simple = "${4 - 2}"
spaced = "${ var.a }"
mixed = "x-${var.a}-y"
directive = "%{ if var.on }on%{ else }off%{ endif }"
no_else = "%{if var.on}on%{endif}"
empty_else = "%{if var.on}on%{else}%{endif}"
loop = "%{ for k, v in var.m }${k}=${v},%{ endfor }"
inlined = "${"hi"} there ${5} ${true}"
cond_part = "x ${var.a ? "b" : "c"}"
neg_part = "${-1}x"
escaped = "$${literal} %%{x}"
"#;
        assert_eq!(
            value(text),
            json!({
                "simple": "${4 - 2}",
                "spaced": "${var.a}",
                "mixed": "x-${var.a}-y",
                "directive": "%{if var.on}on%{else}off%{endif}",
                "no_else": "%{if var.on}on%{endif}",
                "empty_else": "%{if var.on}on%{endif}",
                "loop": "%{for k, v in var.m}${k}=${v},%{endfor}",
                "inlined": "hi there 5 true",
                "cond_part": "x %{if var.a}b%{else}c%{endif}",
                "neg_part": "${-1}x",
                "escaped": "${literal} %{x}"
            })
        );
    }

    #[test]
    fn lone_interpolation_passes_its_value_through() {
        let text = "n = \"${5}\"\nl = \"${[1, var.a]}\"\ns = \"${\"hi\"}\"\nz = \"${null}\"\n";
        assert_eq!(
            value(text),
            json!({"n": 5, "l": [1, "${var.a}"], "s": "hi", "z": null})
        );
    }

    #[test]
    fn strip_markers_trim_the_neighbouring_literal() {
        let text = "a = \" ${~ var.x ~} y\"\nb = \"%{ if var.c ~}  yes  %{~ endif }\"\n";
        assert_eq!(
            value(text),
            json!({"a": "${var.x}y", "b": "%{if var.c}yes%{endif}"})
        );
    }

    #[test]
    fn strip_markers_in_heredocs_trim_one_line() {
        let text = "g = <<EOT\n%{ if var.a ~}\n  yes\n%{~ else ~}\n  no\n%{~ endif ~}\nEOT\n";
        assert_eq!(
            value(text),
            json!({"g": "%{if var.a}  yes%{else}  no%{endif}"})
        );
    }

    #[test]
    fn heredoc_for_directive_with_strip_markers() {
        let text = "user_data = <<EOT\n#!/bin/bash\n%{ for p in var.packages ~}\napt-get install -y ${p}\n%{ endfor ~}\nEOT\n";
        assert_eq!(
            value(text),
            json!({"user_data": "#!/bin/bash\n%{for p in var.packages}apt-get install -y ${p}\n%{endfor}"})
        );
    }

    #[test]
    fn object_keys_that_convert_alike_keep_the_last() {
        let text = "x = {\n  a = 1\n  \"a\" = 2\n  b = 3\n}\n";
        assert_eq!(value(text), json!({"x": {"a": 2, "b": 3}}));
        assert_eq!(line(text, &["x", "a"]), 3);
        assert_eq!(line(text, &["x", "b"]), 4);
    }

    #[test]
    fn data_sources_and_resources_nest_independently() {
        let text = "data \"aws_ami\" \"u\" {\n  most_recent = true\n}\n\nresource \"aws_instance\" \"w\" {\n  ami = data.aws_ami.u.id\n}\n";
        assert_eq!(
            value(text),
            json!({
                "data": {"aws_ami": {"u": [{"most_recent": true}]}},
                "resource": {"aws_instance": {"w": [{"ami": "${data.aws_ami.u.id}"}]}}
            })
        );
        assert_eq!(
            line(text, &["resource", "aws_instance", "w", "0", "ami"]),
            6
        );
    }

    #[test]
    fn many_blocks_of_one_type_stay_in_order() {
        let text: String = (0..40)
            .map(|i| format!("resource \"t\" \"r{i}\" {{\n  i = {i}\n}}\n"))
            .collect();
        let v = value(&text);
        let names: Vec<&String> = match &v["resource"]["t"] {
            Value::Object(map) => map.keys().collect(),
            other => panic!("not an object: {other}"),
        };
        assert_eq!(names.len(), 40);
        assert_eq!(names[39], "r39");
        assert_eq!(v["resource"]["t"]["r39"][0]["i"], json!(39));
        assert_eq!(line(&text, &["resource", "t", "r39", "0", "i"]), 119);
    }

    #[test]
    fn heredoc_keeps_indentation_and_trailing_newline() {
        let text = "policy = <<EOT\n  {\n    \"a\": 1\n  }\nEOT\nafter = 1\n";
        assert_eq!(
            value(text),
            json!({"policy": "  {\n    \"a\": 1\n  }\n", "after": 1})
        );
        assert_eq!(line(text, &["policy"]), 1);
        assert_eq!(line(text, &["after"]), 6);
    }

    #[test]
    fn flush_heredoc_strips_common_indentation() {
        let text = "x = <<-EOT\n    line1\n\n      line2\n  \t\n    ${var.x} tail\n    EOT\n";
        // A whitespace-only line neither counts nor is trimmed (hclsyntax).
        assert_eq!(
            value(text),
            json!({"x": "line1\n\n  line2\n  \t\n${var.x} tail\n"})
        );
    }

    #[test]
    fn flush_heredoc_with_interpolation_at_line_start_strips_nothing() {
        let text = "x = <<-EOT\n${var.a}\n    indented\n    EOT\n";
        assert_eq!(value(text), json!({"x": "${var.a}\n    indented\n"}));
    }

    #[test]
    fn flush_heredoc_keeps_escaped_markers_literal() {
        let text = "x = <<-EOT\n    $${not} %%{this}\n      ok\n    EOT\n";
        assert_eq!(value(text), json!({"x": "${not} %{this}\n  ok\n"}));
    }

    #[test]
    fn heredoc_position_is_the_attribute_line() {
        let text = "resource \"aws_iam_policy\" \"p\" {\n  name = \"p\"\n  policy = <<-EOF\n    {}\n  EOF\n  path = \"/\"\n}\n";
        let p = ["resource", "aws_iam_policy", "p", "0"];
        assert_eq!(
            value(text)["resource"]["aws_iam_policy"]["p"][0]["policy"],
            json!("{}\n")
        );
        assert_eq!(pos(text, &[&p[..], &["policy"]].concat()), (3, 3));
        assert_eq!(line(text, &[&p[..], &["path"]].concat()), 6);
    }

    #[test]
    fn block_and_label_positions_are_the_first_token() {
        let text = "# header\n\nresource \"aws_s3_bucket\" \"b\" {\n  acl = \"private\"\n}\n";
        let b = ["resource", "aws_s3_bucket", "b"];
        assert_eq!(pos(text, &b[..1]), (3, 1));
        assert_eq!(pos(text, &b[..2]), (3, 1));
        assert_eq!(pos(text, &b), (3, 1));
        assert_eq!(pos(text, &[&b[..], &["0"]].concat()), (3, 1));
        assert_eq!(pos(text, &[&b[..], &["0", "acl"]].concat()), (4, 3));
    }

    #[test]
    fn indented_block_position_has_its_column() {
        let text = "terraform {\n  required_providers {\n    aws = { source = \"hashicorp/aws\" }\n  }\n}\n";
        assert_eq!(
            pos(text, &["terraform", "0", "required_providers", "0"]),
            (2, 3)
        );
        assert_eq!(
            pos(
                text,
                &["terraform", "0", "required_providers", "0", "aws", "source"]
            ),
            (3, 13)
        );
    }

    #[test]
    fn columns_count_characters() {
        let text = "a = { \"é\" = 1, b = 2 }\n";
        assert_eq!(pos(text, &["a", "b"]), (1, 16));
    }

    #[test]
    fn list_elements_have_their_own_lines() {
        let text = "x = [\n  \"a\",\n\n  [\n    1,\n    2,\n  ],\n  { k = 1 },\n]\n";
        assert_eq!(value(text), json!({"x": ["a", [1, 2], {"k": 1}]}));
        assert_eq!(pos(text, &["x"]), (1, 1));
        assert_eq!(pos(text, &["x", "0"]), (2, 3));
        assert_eq!(line(text, &["x", "1"]), 4);
        assert_eq!(pos(text, &["x", "1", "1"]), (6, 5));
        assert_eq!(line(text, &["x", "2"]), 8);
        assert_eq!(pos(text, &["x", "2", "k"]), (8, 5));
    }

    #[test]
    fn tfvars_are_a_flat_object() {
        let text = "region = \"us-east-1\"\n# comment\ncount = 3\nzones = [\n  \"a\",\n  \"b\",\n]\ntags = {\n  env = \"prod\"\n}\n";
        assert_eq!(
            value(text),
            json!({"region": "us-east-1", "count": 3, "zones": ["a", "b"], "tags": {"env": "prod"}})
        );
        assert_eq!(line(text, &["count"]), 3);
        assert_eq!(line(text, &["zones", "1"]), 6);
        assert_eq!(line(text, &["tags", "env"]), 9);
    }

    #[test]
    fn comments_are_dropped() {
        let text = "# a\n// b\n/* c\n d */\nx = 1 # e\ny = [ # f\n  2, // g\n]\n";
        assert_eq!(value(text), json!({"x": 1, "y": [2]}));
        assert_eq!(line(text, &["x"]), 5);
    }

    #[test]
    fn empty_file_is_an_empty_object() {
        assert_eq!(value(""), json!({}));
        assert_eq!(value("# only a comment\n"), json!({}));
    }

    #[test]
    fn byte_order_mark_is_ignored() {
        let text = "\u{feff}a = 1\n";
        assert_eq!(value(text), json!({"a": 1}));
        assert_eq!(pos(text, &["a"]), (1, 1));
    }

    #[test]
    fn attribute_replaces_a_block_of_the_same_name() {
        // hcl2json writes blocks first and attributes over them.
        let text = "foo = 1\nfoo {\n  a = 1\n}\nbar \"x\" {}\nbar = [2]\n";
        assert_eq!(value(text), json!({"foo": 1, "bar": [2]}));
        assert_eq!(line(text, &["bar"]), 6);
    }

    #[test]
    fn blocks_with_and_without_labels_cannot_mix() {
        let (line, column, message) = error("foo \"baz\" {\n  k = 7\n}\n\nfoo {\n  k = 7\n}\n");
        assert_eq!((line, column), (5, 1));
        assert!(message.contains("foo"), "{message}");
        assert_eq!(error("foo {}\nfoo \"baz\" {}\n").0, 2);
    }

    /// Terraform accepts an object constructor that repeats a key (the last
    /// one wins); hcl-edit refuses it, so the parse works around it.
    #[test]
    fn repeated_object_keys_keep_the_last_value_as_terraform_does() {
        let text = r#"module "asg" {
  source = "./asg"
  scaling = {
    min_size = 2
    max_size = 5
    min_size = 4
  }
  tags = { "Name" = "a", Name = "b", "Name" = "c", x = { y = 1, y = 2 } }
  one = { a = 1, a = 2, a = 3, a = 4 }
}
"#;
        let v = value(text);
        let m = &v["module"]["asg"][0];
        assert_eq!(m["scaling"], json!({"min_size": 4, "max_size": 5}));
        assert_eq!(m["tags"], json!({"Name": "c", "x": {"y": 2}}));
        assert_eq!(m["one"], json!({"a": 4}));
        assert_eq!(
            line(text, &["module", "asg", "0", "scaling", "min_size"]),
            6
        );
        // Inside an expression the source text is kept as written.
        let e = value("x = merge({ a = 1, a = 2 }, var.y)\n");
        assert_eq!(e["x"], json!("${merge({ a = 1, a = 2 }, var.y)}"));
    }

    #[test]
    fn syntax_errors_have_line_and_column() {
        let cases: &[(&str, (u32, u32))] = &[
            ("resource \"a\" \"b\" {\n  x = \n}\n", (2, 7)),
            ("a = 1 b = 2\n", (1, 7)),
            ("x = \"\\q\"\n", (1, 8)),
            ("block {\n", (1, 9)),
            ("x = \"${a\"\n", (1, 9)),
            ("a = 1\n\n   = 3\n", (3, 4)),
            ("a = 1\na = 2\n", (2, 1)),
        ];
        for (text, at) in cases {
            let (line, column, message) = error(text);
            assert_eq!((line, column), *at, "{text:?}: {message}");
            assert!(
                !message.is_empty() && !message.contains('\n'),
                "{message:?}"
            );
        }
    }
}
