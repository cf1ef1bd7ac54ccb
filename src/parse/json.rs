//! JSON and JSON Lines text → `serde_json::Value` plus a [`PosTree`] of where
//! every entry starts. serde_json cannot report positions, and scanner
//! reports (SARIF, SBOMs) run to megabytes, so this is a hand-written
//! single-pass parser that records line/column as it goes. It descends with
//! an explicit stack rather than recursion, so deep nesting cannot overflow
//! a thread's stack.

use std::collections::HashMap;

use serde_json::map::Entry;
use serde_json::{Map, Number, Value};

use crate::parse::SyntaxError;
use crate::source_map::{PosTree, Position};

/// Containers nested deeper than this are rejected. The parser itself
/// does not recurse, but whatever walks the result (dropping a `Value`,
/// policy evaluation) does, and no real document nests anywhere near this.
const MAX_DEPTH: usize = 512;

/// Parse one JSON document (RFC 8259). A leading UTF-8 BOM is skipped and
/// not counted as a column.
pub fn parse(text: &str) -> Result<(Value, PosTree), SyntaxError> {
    let mut parser = Parser::new(text, 1, Stacks::default());
    parser.skip_bom();
    parser.document().map_err(|fail| parser.error(fail, true))
}

/// Parse JSON with comments (`//`, `/* */`) and trailing commas, as VS Code,
/// TypeScript and dev containers write `tsconfig.json`, `.devcontainer.json`
/// and `*.jsonc`.
pub fn parse_jsonc(text: &str) -> Result<(Value, PosTree), SyntaxError> {
    let mut parser = Parser::new(text, 1, Stacks::default());
    parser.jsonc = true;
    parser.skip_bom();
    parser.document().map_err(|fail| parser.error(fail, false))
}

/// Parse JSON Lines: one document per line (lines end at `\n`, a trailing
/// `\r` is dropped), blank lines skipped. Each document comes with the
/// 1-based file line it sits on, and its positions are real file positions.
///
/// A line holding more than one value is an error whose `trailing_content`
/// flag stays false: the flag hints "this may be JSON Lines", which is moot here.
pub fn parse_lines(text: &str) -> Result<Vec<(u32, Value, PosTree)>, SyntaxError> {
    let mut docs = Vec::new();
    let mut stacks = Stacks::default();
    for (index, raw) in text.split('\n').enumerate() {
        let line_no = saturate(index + 1);
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        let mut parser = Parser::new(line, line_no, std::mem::take(&mut stacks));
        if index == 0 {
            parser.skip_bom();
        }
        if parser.rest_is_blank() {
            stacks = parser.stacks;
            continue;
        }
        let (value, tree) = parser
            .document()
            .map_err(|fail| parser.error(fail, false))?;
        docs.push((line_no, value, tree));
        // Reuse the (now empty) stacks' capacity for the next line.
        stacks = parser.stacks;
    }
    Ok(docs)
}

/// A failure inside the parser: a byte offset and a message. Turned into a
/// line/column [`SyntaxError`] only once, at the top, so the hot path never
/// pays for position arithmetic it does not need.
struct Fail {
    offset: usize,
    message: &'static str,
    trailing: bool,
}

impl Fail {
    #[cold]
    fn at(offset: usize, message: &'static str) -> Self {
        Fail {
            offset,
            message,
            trailing: false,
        }
    }
}

type Parsed = Result<(Value, PosTree), Fail>;

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    /// Next byte to read.
    i: usize,
    /// Where columns of the first line start (past a BOM).
    origin: usize,
    /// Line number of `text`'s first line in the file (JSON Lines parses
    /// one file line at a time).
    first_line: u32,
    line: u32,
    line_start: usize,
    /// Column cache: `col` chars lie between `line_start` and `col_off`.
    /// Counting forward from the last node keeps a multi-megabyte minified
    /// line linear instead of quadratic.
    col_off: usize,
    col: usize,
    stacks: Stacks,
    /// Comments and trailing commas allowed.
    jsonc: bool,
}

/// The open containers and their finished children, innermost last. The
/// parser loops instead of recursing, so nesting costs heap, not stack; and
/// a container moves its children off the top when it closes, so each gets
/// one exactly-sized allocation instead of a chain of growing ones.
#[derive(Default)]
struct Stacks {
    frames: Vec<Frame>,
    items: Vec<Value>,
    members: Vec<(String, Value)>,
    trees: Vec<PosTree>,
}

/// An open container: its tree position and where its children start on
/// the stacks. An object also holds the key whose value is being parsed.
enum Frame {
    Array {
        pos: Position,
        items: usize,
        trees: usize,
    },
    Object {
        pos: Position,
        members: usize,
        trees: usize,
        key: String,
    },
}

impl<'a> Parser<'a> {
    fn new(text: &'a str, first_line: u32, stacks: Stacks) -> Self {
        Parser {
            text,
            bytes: text.as_bytes(),
            i: 0,
            origin: 0,
            first_line,
            line: first_line,
            line_start: 0,
            col_off: 0,
            col: 0,
            stacks,
            jsonc: false,
        }
    }

    fn skip_bom(&mut self) {
        if self.text.starts_with('\u{feff}') {
            self.i = '\u{feff}'.len_utf8();
            self.origin = self.i;
            self.line_start = self.i;
            self.col_off = self.i;
        }
    }

    fn rest_is_blank(&self) -> bool {
        self.bytes[self.i..]
            .iter()
            .all(|&b| matches!(b, b' ' | b'\t' | b'\r' | b'\n'))
    }

    fn document(&mut self) -> Parsed {
        self.skip_ws();
        let parsed = self.value()?;
        self.skip_ws();
        if self.i < self.bytes.len() {
            return Err(Fail {
                offset: self.i,
                message: "trailing content after the JSON value",
                trailing: true,
            });
        }
        Ok(parsed)
    }

    /// Turn a failure into a positioned error. Done by rescanning from the
    /// start: errors are rare and this keeps the hot path free of bookkeeping.
    #[cold]
    fn error(&self, fail: Fail, allow_trailing: bool) -> SyntaxError {
        let offset = fail.offset.min(self.bytes.len());
        let before = &self.bytes[..offset];
        let newlines = before.iter().filter(|&&b| b == b'\n').count();
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(self.origin, |nl| nl + 1)
            .min(offset);
        let mut error = SyntaxError::new(
            self.first_line.saturating_add(saturate(newlines)),
            saturate(count_chars(&self.bytes[line_start..offset]) + 1),
            fail.message,
        );
        error.trailing_content = fail.trailing && allow_trailing;
        error
    }

    #[cold]
    fn eof(&self) -> Fail {
        Fail::at(self.bytes.len(), "unexpected end of input")
    }

    #[inline]
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.i).copied()
    }

    #[inline]
    fn skip_ws(&mut self) {
        while let Some(&b) = self.bytes.get(self.i) {
            match b {
                b' ' => {
                    // Pretty-printed reports are mostly indentation: take
                    // runs of spaces eight at a time.
                    while self.bytes.get(self.i + 1..self.i + 9) == Some(b"        ") {
                        self.i += 8;
                    }
                }
                b'\t' | b'\r' => {}
                b'\n' => {
                    self.line += 1;
                    self.line_start = self.i + 1;
                }
                b'/' if self.jsonc => {
                    if !self.skip_comment() {
                        break;
                    }
                    continue;
                }
                _ => break,
            }
            self.i += 1;
        }
    }

    /// A `//` or `/* */` comment at `self.i`, skipped (lines counted); false
    /// if there is none, or it does not end.
    #[cold]
    fn skip_comment(&mut self) -> bool {
        match self.bytes.get(self.i + 1) {
            Some(b'/') => {
                let rest = &self.bytes[self.i..];
                self.i += rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len());
                true
            }
            Some(b'*') => {
                let Some(len) = self.text[self.i + 2..].find("*/") else {
                    return false;
                };
                let end = self.i + 2 + len + 2;
                for at in self.i..end {
                    if self.bytes[at] == b'\n' {
                        self.line += 1;
                        self.line_start = at + 1;
                    }
                }
                self.i = end;
                true
            }
            _ => false,
        }
    }

    /// Position of the byte at `self.i`, which is always on the current line
    /// and never before the previous call's offset.
    #[inline]
    fn position(&mut self) -> Position {
        let off = self.i;
        if self.col_off < self.line_start || self.col_off > off {
            self.col_off = self.line_start;
            self.col = 0;
        }
        self.col += count_chars(&self.bytes[self.col_off..off]);
        self.col_off = off;
        Position::new(self.line, saturate(self.col + 1))
    }

    fn open(&self) -> Result<(), Fail> {
        if self.stacks.frames.len() >= MAX_DEPTH {
            return Err(Fail::at(self.i, "nesting deeper than 512 levels"));
        }
        Ok(())
    }

    /// Parse the value at `self.i` (after whitespace) with its whole subtree.
    fn value(&mut self) -> Parsed {
        // The position the next value's node gets: its own start, or its
        // key's for an object member.
        let mut pos = self.position();
        loop {
            // Parse one value. A container that opens pushes a frame and
            // goes round again for its first child.
            let mut done = match self.peek() {
                Some(b'[') => {
                    self.open()?;
                    self.i += 1;
                    self.skip_ws();
                    if self.peek() == Some(b']') {
                        self.i += 1;
                        (Value::Array(Vec::new()), PosTree::leaf(pos))
                    } else {
                        self.stacks.frames.push(Frame::Array {
                            pos,
                            items: self.stacks.items.len(),
                            trees: self.stacks.trees.len(),
                        });
                        pos = self.position();
                        continue;
                    }
                }
                Some(b'{') => {
                    self.open()?;
                    self.i += 1;
                    self.skip_ws();
                    match self.peek() {
                        Some(b'}') => {
                            self.i += 1;
                            (Value::Object(Map::new()), PosTree::leaf(pos))
                        }
                        Some(b'"') => {
                            let (key_pos, key) = self.key()?;
                            self.stacks.frames.push(Frame::Object {
                                pos,
                                members: self.stacks.members.len(),
                                trees: self.stacks.trees.len(),
                                key,
                            });
                            pos = key_pos;
                            continue;
                        }
                        Some(_) => return Err(Fail::at(self.i, "expected string key or '}'")),
                        None => return Err(self.eof()),
                    }
                }
                Some(_) => (self.scalar()?, PosTree::leaf(pos)),
                None => return Err(self.eof()),
            };
            // Hand the finished value to its container. A container that
            // closes is finished in turn, so this climbs until a container
            // wants another child or the root is done.
            loop {
                self.skip_ws();
                let Some(frame) = self.stacks.frames.last_mut() else {
                    return Ok(done);
                };
                match frame {
                    Frame::Array {
                        pos: array_pos,
                        items,
                        trees,
                    } => {
                        let (array_pos, items, trees) = (*array_pos, *items, *trees);
                        self.stacks.items.push(done.0);
                        self.stacks.trees.push(done.1);
                        match self.peek() {
                            Some(b',') => {
                                self.i += 1;
                                self.skip_ws();
                                if self.peek() == Some(b']') {
                                    if !self.jsonc {
                                        return Err(Fail::at(self.i, "trailing comma in array"));
                                    }
                                    self.i += 1;
                                    done = self.close_array(array_pos, items, trees);
                                    continue;
                                }
                                pos = self.position();
                                break;
                            }
                            Some(b']') => {
                                self.i += 1;
                                done = self.close_array(array_pos, items, trees);
                            }
                            Some(_) => {
                                return Err(Fail::at(
                                    self.i,
                                    "expected ',' or ']' after array element",
                                ))
                            }
                            None => return Err(self.eof()),
                        }
                    }
                    Frame::Object {
                        pos: object_pos,
                        members,
                        trees,
                        key,
                    } => {
                        let (object_pos, members, trees) = (*object_pos, *members, *trees);
                        self.stacks.members.push((std::mem::take(key), done.0));
                        self.stacks.trees.push(done.1);
                        match self.peek() {
                            Some(b',') => {
                                self.i += 1;
                                self.skip_ws();
                                match self.peek() {
                                    Some(b'"') => {}
                                    Some(b'}') if self.jsonc => {
                                        self.i += 1;
                                        done = self.close_object(object_pos, members, trees);
                                        continue;
                                    }
                                    Some(b'}') => {
                                        return Err(Fail::at(self.i, "trailing comma in object"))
                                    }
                                    Some(_) => return Err(Fail::at(self.i, "expected string key")),
                                    None => return Err(self.eof()),
                                }
                                let (key_pos, key) = self.key()?;
                                if let Some(Frame::Object { key: slot, .. }) =
                                    self.stacks.frames.last_mut()
                                {
                                    *slot = key;
                                }
                                pos = key_pos;
                                break;
                            }
                            Some(b'}') => {
                                self.i += 1;
                                done = self.close_object(object_pos, members, trees);
                            }
                            Some(_) => {
                                return Err(Fail::at(
                                    self.i,
                                    "expected ',' or '}' after object member",
                                ))
                            }
                            None => return Err(self.eof()),
                        }
                    }
                }
            }
        }
    }

    /// The innermost container is complete: pop it with its children.
    fn close_array(&mut self, pos: Position, items: usize, trees: usize) -> (Value, PosTree) {
        self.stacks.frames.pop();
        let items: Vec<Value> = self.stacks.items.drain(items..).collect();
        let children: Vec<PosTree> = self.stacks.trees.drain(trees..).collect();
        (Value::Array(items), PosTree { pos, children })
    }

    fn close_object(&mut self, pos: Position, members: usize, trees: usize) -> (Value, PosTree) {
        self.stacks.frames.pop();
        let (map, children) = build_object(
            self.stacks.members.drain(members..),
            self.stacks.trees.drain(trees..),
        );
        (Value::Object(map), PosTree { pos, children })
    }

    /// Parse an object key at `self.i` (a quote) through its colon, leaving
    /// `self.i` at the member's value.
    fn key(&mut self) -> Result<(Position, String), Fail> {
        let pos = self.position();
        let key = self.string()?;
        self.skip_ws();
        match self.peek() {
            Some(b':') => self.i += 1,
            Some(_) => return Err(Fail::at(self.i, "expected ':' after object key")),
            None => return Err(self.eof()),
        }
        self.skip_ws();
        Ok((pos, key))
    }

    fn scalar(&mut self) -> Result<Value, Fail> {
        Ok(match self.peek() {
            Some(b'"') => Value::String(self.string()?),
            Some(b't') => {
                self.literal(b"true", "invalid literal, expected true")?;
                Value::Bool(true)
            }
            Some(b'f') => {
                self.literal(b"false", "invalid literal, expected false")?;
                Value::Bool(false)
            }
            Some(b'n') => {
                self.literal(b"null", "invalid literal, expected null")?;
                Value::Null
            }
            Some(b'-' | b'0'..=b'9') => Value::Number(self.number()?),
            Some(_) => return Err(Fail::at(self.i, "expected value")),
            None => return Err(self.eof()),
        })
    }

    fn literal(&mut self, word: &[u8], message: &'static str) -> Result<(), Fail> {
        if self.bytes[self.i..].starts_with(word) {
            self.i += word.len();
            Ok(())
        } else {
            Err(Fail::at(self.i, message))
        }
    }

    /// Parse the string whose opening quote is at `self.i`.
    fn string(&mut self) -> Result<String, Fail> {
        let quote = self.i;
        let start = quote + 1;
        let end = scan_plain(self.bytes, start);
        // Slicing is safe: `start` follows an ASCII quote and `end` is at an
        // ASCII byte or the end, so both are char boundaries.
        if self.bytes.get(end) == Some(&b'"') {
            self.i = end + 1;
            return Ok(self.text[start..end].to_owned());
        }
        let mut out = String::with_capacity(end - start + 16);
        out.push_str(&self.text[start..end]);
        self.i = end;
        loop {
            match self.peek() {
                Some(b'"') => {
                    self.i += 1;
                    return Ok(out);
                }
                Some(b'\\') => self.escape(&mut out, quote)?,
                // A raw line break almost always means a missing closing
                // quote, so point at where the string began.
                Some(b'\n' | b'\r') | None => {
                    return Err(Fail::at(quote, "unterminated string"));
                }
                Some(_) => {
                    return Err(Fail::at(
                        self.i,
                        "control character in string must be escaped",
                    ));
                }
            }
            let run = self.i;
            let end = scan_plain(self.bytes, run);
            out.push_str(&self.text[run..end]);
            self.i = end;
        }
    }

    /// Decode the escape at `self.i` (a backslash) into `out`.
    fn escape(&mut self, out: &mut String, quote: usize) -> Result<(), Fail> {
        let at = self.i;
        let Some(&kind) = self.bytes.get(at + 1) else {
            return Err(Fail::at(quote, "unterminated string"));
        };
        let simple = match kind {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let c = self.unicode_escape(at)?;
                out.push(c);
                return Ok(());
            }
            _ => return Err(Fail::at(at, "invalid escape")),
        };
        out.push(simple);
        self.i = at + 2;
        Ok(())
    }

    /// Decode `\uXXXX` at `at`, joining a surrogate pair; a surrogate
    /// without its partner has no char to become, so it is an error.
    fn unicode_escape(&mut self, at: usize) -> Result<char, Fail> {
        let unit = hex4(self.bytes, at + 2)
            .ok_or_else(|| Fail::at(at, "invalid \\u escape: expected 4 hex digits"))?;
        let code = match unit {
            0xD800..=0xDBFF => {
                let low = match self.bytes.get(at + 6..at + 8) {
                    Some(b"\\u") => hex4(self.bytes, at + 8),
                    _ => None,
                };
                match low {
                    Some(low @ 0xDC00..=0xDFFF) => {
                        self.i = at + 12;
                        0x10000 + ((u32::from(unit) - 0xD800) << 10) + (u32::from(low) - 0xDC00)
                    }
                    _ => return Err(Fail::at(at, "unpaired surrogate in \\u escape")),
                }
            }
            0xDC00..=0xDFFF => return Err(Fail::at(at, "unpaired surrogate in \\u escape")),
            _ => {
                self.i = at + 6;
                u32::from(unit)
            }
        };
        char::from_u32(code).ok_or_else(|| Fail::at(at, "invalid \\u escape"))
    }

    /// Parse the number at `self.i` by the RFC 8259 grammar. Integers that
    /// fit stay integers (as serde_json keeps them); the rest become f64.
    fn number(&mut self) -> Result<Number, Fail> {
        let b = self.bytes;
        let start = self.i;
        let mut i = start;
        let negative = b.get(i) == Some(&b'-');
        if negative {
            i += 1;
        }
        let mut int: u64 = 0;
        let mut overflow = false;
        match b.get(i) {
            Some(b'0') => {
                i += 1;
                if is_digit(b.get(i)) {
                    return Err(Fail::at(i, "invalid number: leading zeros are not allowed"));
                }
            }
            Some(b'1'..=b'9') => {
                while let Some(&d @ b'0'..=b'9') = b.get(i) {
                    match int
                        .checked_mul(10)
                        .and_then(|n| n.checked_add(u64::from(d - b'0')))
                    {
                        Some(n) => int = n,
                        None => overflow = true,
                    }
                    i += 1;
                }
            }
            _ => return Err(Fail::at(i, "invalid number: expected digit after '-'")),
        }
        let mut float = false;
        if b.get(i) == Some(&b'.') {
            i += 1;
            if !is_digit(b.get(i)) {
                return Err(Fail::at(i, "invalid number: expected digit after '.'"));
            }
            while is_digit(b.get(i)) {
                i += 1;
            }
            float = true;
        }
        if matches!(b.get(i), Some(b'e' | b'E')) {
            i += 1;
            if matches!(b.get(i), Some(b'+' | b'-')) {
                i += 1;
            }
            if !is_digit(b.get(i)) {
                return Err(Fail::at(i, "invalid number: expected digit in exponent"));
            }
            while is_digit(b.get(i)) {
                i += 1;
            }
            float = true;
        }
        self.i = i;
        if !float && !overflow {
            if !negative {
                return Ok(Number::from(int));
            }
            // serde_json reads "-0" as the float -0.0; do the same so both
            // parsers agree on every document.
            if int != 0 && int <= 1 << 63 {
                return Ok(Number::from((int as i64).wrapping_neg()));
            }
        }
        let f: f64 = self.text[start..i]
            .parse()
            .map_err(|_| Fail::at(start, "invalid number"))?;
        Number::from_f64(f).ok_or_else(|| Fail::at(start, "number out of range"))
    }
}

/// Build an object from its members in text order. A repeated key keeps its
/// first slot and takes the last value (as Go and OPA do); its tree child is
/// replaced in that slot so tree and map stay index-aligned.
fn build_object(
    members: impl ExactSizeIterator<Item = (String, Value)>,
    trees: impl Iterator<Item = PosTree>,
) -> (Map<String, Value>, Vec<PosTree>) {
    let mut map = Map::with_capacity(members.len());
    let mut children = Vec::with_capacity(members.len());
    // Built only once an object repeats a key: each key's member index.
    let mut slots: Option<HashMap<String, usize>> = None;
    for ((key, value), child) in members.zip(trees) {
        if let Some(slots) = &mut slots {
            match slots.get(&key) {
                Some(&slot) => children[slot] = child,
                None => {
                    slots.insert(key.clone(), children.len());
                    children.push(child);
                }
            }
            map.insert(key, value);
            continue;
        }
        match map.entry(key) {
            Entry::Vacant(entry) => {
                entry.insert(value);
                children.push(child);
            }
            Entry::Occupied(mut entry) => {
                let key = entry.key().clone();
                entry.insert(value);
                let index: HashMap<String, usize> = map
                    .keys()
                    .enumerate()
                    .map(|(i, k)| (k.clone(), i))
                    .collect();
                if let Some(&slot) = index.get(&key) {
                    children[slot] = child;
                }
                slots = Some(index);
            }
        }
    }
    (map, children)
}

#[inline]
fn is_digit(b: Option<&u8>) -> bool {
    matches!(b, Some(b'0'..=b'9'))
}

/// Chars in a UTF-8 byte run: every byte that is not a continuation byte.
#[inline]
fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

fn saturate(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn hex4(bytes: &[u8], at: usize) -> Option<u16> {
    let digits = bytes.get(at..at + 4)?;
    let mut n: u16 = 0;
    for &d in digits {
        let v = (d as char).to_digit(16)?;
        n = (n << 4) | v as u16;
    }
    Some(n)
}

/// Index of the first byte at or after `i` that ends a plain string run: a
/// quote, a backslash or a control char (or the end). Eight bytes at a time,
/// since strings are most of a typical report's bytes.
#[inline]
fn scan_plain(bytes: &[u8], mut i: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let w = u64::from_le_bytes(word);
        let quote = w ^ (ONES * u64::from(b'"'));
        let backslash = w ^ (ONES * u64::from(b'\\'));
        // Classic "has zero byte" / "has byte less than n" tests. They may
        // flag bytes above the first real hit, never miss one, so the byte
        // loop below finds the exact index.
        let hits = (quote.wrapping_sub(ONES) & !quote)
            | (backslash.wrapping_sub(ONES) & !backslash)
            | (w.wrapping_sub(ONES * 0x20) & !w);
        if hits & HIGH != 0 {
            break;
        }
        i += 8;
    }
    while let Some(&b) = bytes.get(i) {
        if b == b'"' || b == b'\\' || b < 0x20 {
            return i;
        }
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::{parse, parse_lines};
    use crate::source_map::{assert_mirrors, PosTree, Position};
    use serde_json::{json, Value};

    fn pos(line: u32, column: u32) -> Position {
        Position::new(line, column)
    }

    /// Parse, check the tree mirrors the value, and return both.
    fn ok(text: &str) -> (Value, PosTree) {
        let (value, tree) = parse(text).unwrap_or_else(|e| panic!("{text:?}: {e}"));
        assert_mirrors(&value, &tree);
        (value, tree)
    }

    /// The error for `text` as (line, column, message).
    fn err(text: &str) -> (u32, u32, String) {
        match parse(text) {
            Ok(v) => panic!("{text:?} parsed: {:?}", v.0),
            Err(e) => {
                assert!(!e.trailing_content, "{text:?}: unexpected trailing flag");
                (e.line, e.column, e.message)
            }
        }
    }

    fn e(line: u32, column: u32, message: &str) -> (u32, u32, String) {
        (line, column, message.to_string())
    }

    #[test]
    fn root_members_and_scalars() {
        let (value, tree) = ok(r#"{"a": 1, "bc": "x", "d": null}"#);
        assert_eq!(value, json!({"a": 1, "bc": "x", "d": null}));
        assert_eq!(tree.pos, pos(1, 1));
        let at: Vec<_> = tree.children.iter().map(|c| c.pos).collect();
        assert_eq!(at, [pos(1, 2), pos(1, 10), pos(1, 21)]);
    }

    #[test]
    fn member_keeps_key_line_when_value_starts_later() {
        let text = "{\n  \"outer\":\n    {\n      \"inner\": [1,\n        2]\n    }\n}\n";
        let (_, tree) = ok(text);
        let outer = &tree.children[0];
        assert_eq!(outer.pos, pos(2, 3));
        let inner = &outer.children[0];
        assert_eq!(inner.pos, pos(4, 7));
        let elems: Vec<_> = inner.children.iter().map(|c| c.pos).collect();
        assert_eq!(elems, [pos(4, 17), pos(5, 9)]);
    }

    #[test]
    fn array_elements_are_their_own_starts() {
        let text = "[\n  {\"a\": [true, false]},\n  \"s\",\n  -1.5e3, [], {}\n]";
        let (value, tree) = ok(text);
        assert_eq!(value, json!([{"a": [true, false]}, "s", -1500.0, [], {}]));
        let elems: Vec<_> = tree.children.iter().map(|c| c.pos).collect();
        assert_eq!(
            elems,
            [pos(2, 3), pos(3, 3), pos(4, 3), pos(4, 11), pos(4, 15)]
        );
        let a = &tree.children[0].children[0];
        assert_eq!(a.pos, pos(2, 4));
        let inner: Vec<_> = a.children.iter().map(|c| c.pos).collect();
        assert_eq!(inner, [pos(2, 10), pos(2, 16)]);
    }

    #[test]
    fn root_position_skips_leading_whitespace() {
        let (_, tree) = ok("\n\n  \t[1]  \n");
        assert_eq!(tree.pos, pos(3, 4));
        assert_eq!(tree.children[0].pos, pos(3, 5));
    }

    #[test]
    fn columns_count_chars_not_bytes() {
        let (_, tree) = ok("{\"é\": {\"ü😀\": [\"日本\", 1]}}");
        let e = &tree.children[0];
        assert_eq!(e.pos, pos(1, 2));
        assert_eq!(e.children[0].pos, pos(1, 8));
        let arr: Vec<_> = e.children[0].children.iter().map(|c| c.pos).collect();
        assert_eq!(arr, [pos(1, 15), pos(1, 21)]);
    }

    #[test]
    fn crlf_line_endings() {
        let (_, tree) = ok("{\r\n  \"a\": 1,\r\n  \"b\": [\r\n    2\r\n  ]\r\n}\r\n");
        assert_eq!(tree.children[0].pos, pos(2, 3));
        assert_eq!(tree.children[1].pos, pos(3, 3));
        assert_eq!(tree.children[1].children[0].pos, pos(4, 5));
    }

    #[test]
    fn duplicate_keys_last_value_wins_in_first_slot() {
        let text = "{\"a\": 1,\n \"b\": 2,\n \"a\": {\"x\": 3}}";
        let (value, tree) = ok(text);
        assert_eq!(value, json!({"a": {"x": 3}, "b": 2}));
        let keys: Vec<_> = value
            .as_object()
            .map(|m| m.keys().cloned().collect())
            .unwrap();
        assert_eq!(keys, ["a", "b"]);
        // The "a" slot now holds the second "a": its key position and its child.
        assert_eq!(tree.children[0].pos, pos(3, 2));
        assert_eq!(tree.children[0].children[0].pos, pos(3, 8));
        assert_eq!(tree.children[1].pos, pos(2, 2));
    }

    #[test]
    fn many_duplicates_stay_aligned() {
        let text = r#"{"a":1,"b":2,"a":3,"c":4,"b":[5],"d":6,"c":7,"a":[8,9]}"#;
        let (value, tree) = ok(text);
        assert_eq!(value, json!({"a": [8, 9], "b": [5], "c": 7, "d": 6}));
        let cols: Vec<_> = tree.children.iter().map(|c| c.pos.column).collect();
        // Each slot holds its key's last occurrence.
        assert_eq!(cols, [46, 26, 40, 34]);
        assert_eq!(tree.children[0].children.len(), 2);
        assert_eq!(tree.children[1].children.len(), 1);
    }

    #[test]
    fn object_order_is_insertion_order() {
        let (value, _) = ok(r#"{"z": 1, "a": 2, "m": 3}"#);
        let keys: Vec<_> = value
            .as_object()
            .map(|m| m.keys().cloned().collect())
            .unwrap();
        assert_eq!(keys, ["z", "a", "m"]);
    }

    #[test]
    fn string_escapes() {
        let (value, _) =
            ok(r#"["\"\\\/\b\f\n\r\t", "\u00e9\u0000\uFFFF", "\ud83d\ude00", "a\u0041b"]"#);
        assert_eq!(
            value,
            json!(["\"\\/\u{8}\u{c}\n\r\t", "é\u{0}\u{ffff}", "😀", "aAb"])
        );
    }

    #[test]
    fn long_strings_with_escapes_and_unicode() {
        // Long runs exercise the eight-bytes-at-a-time scan on both sides
        // of every special byte.
        for n in 0..20 {
            let run = "x".repeat(n);
            let text = format!(r#"["{run}", "{run}\n{run}é{run}\"", "ünï{run}"]"#);
            let (value, _) = ok(&text);
            let expected: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
            assert_eq!(value, expected, "{text}");
        }
    }

    #[test]
    fn surrogate_and_escape_errors() {
        assert_eq!(
            err(r#"["\ud83d"]"#),
            e(1, 3, "unpaired surrogate in \\u escape")
        );
        assert_eq!(
            err(r#"["ab\ud83d\u0041"]"#),
            e(1, 5, "unpaired surrogate in \\u escape")
        );
        assert_eq!(
            err(r#""\ude00""#),
            e(1, 2, "unpaired surrogate in \\u escape")
        );
        assert_eq!(
            err(r#""\ud83d\ud83d""#),
            e(1, 2, "unpaired surrogate in \\u escape")
        );
        assert_eq!(err(r#""a\x""#), e(1, 3, "invalid escape"));
        assert_eq!(err(r#""\'""#), e(1, 2, "invalid escape"));
        assert_eq!(
            err(r#""\u12G4""#),
            e(1, 2, "invalid \\u escape: expected 4 hex digits")
        );
        assert_eq!(
            err(r#""\u12""#),
            e(1, 2, "invalid \\u escape: expected 4 hex digits")
        );
    }

    #[test]
    fn string_errors() {
        assert_eq!(err("{\"a\": \"abc"), e(1, 7, "unterminated string"));
        assert_eq!(err("\"abc\\"), e(1, 1, "unterminated string"));
        assert_eq!(err("[\n  \"abc\n\"]"), e(2, 3, "unterminated string"));
        assert_eq!(
            err("[\"a\tb\"]"),
            e(1, 4, "control character in string must be escaped")
        );
        assert_eq!(
            err("\"é\u{1f}\""),
            e(1, 3, "control character in string must be escaped")
        );
        // DEL and non-ASCII need no escaping.
        assert_eq!(ok("\"\u{7f}€\"").0, json!("\u{7f}€"));
    }

    #[test]
    fn numbers_match_serde_json() {
        let text = "[0, -0, 1, -1, 9223372036854775807, -9223372036854775808, \
                    18446744073709551615, 18446744073709551616, -9223372036854775809, \
                    0.5, -0.0, 1e3, 1E+3, 1e-3, 2.5e-10, 123456789.123456789, 1e308, 5e-324]";
        let (value, _) = ok(text);
        let expected: Value = serde_json::from_str(text).unwrap_or(Value::Null);
        assert_eq!(value, expected);
        let items = value.as_array().cloned().unwrap_or_default();
        assert!(items[4].is_i64() && items[5].is_i64());
        assert_eq!(items[5].as_i64(), Some(i64::MIN));
        assert!(items[6].is_u64());
        assert!(items[7].is_f64() && items[8].is_f64());
        assert!(items[2].is_u64() && items[3].is_i64());
    }

    #[test]
    fn floats_are_correctly_rounded() {
        let (value, _) = ok("[96.25000000000001, 0.10488333333333333]");
        assert_eq!(
            value,
            json!([96.25000000000001_f64, 0.10488333333333333_f64])
        );
    }

    #[test]
    fn number_errors() {
        let lz = "invalid number: leading zeros are not allowed";
        assert_eq!(err("[01]"), e(1, 3, lz));
        assert_eq!(err("-00"), e(1, 3, lz));
        assert_eq!(err("[+1]"), e(1, 2, "expected value"));
        assert_eq!(err("[.5]"), e(1, 2, "expected value"));
        assert_eq!(
            err("[1.]"),
            e(1, 4, "invalid number: expected digit after '.'")
        );
        assert_eq!(
            err("1.e5"),
            e(1, 3, "invalid number: expected digit after '.'")
        );
        assert_eq!(
            err("[1e]"),
            e(1, 4, "invalid number: expected digit in exponent")
        );
        assert_eq!(
            err("1e+"),
            e(1, 4, "invalid number: expected digit in exponent")
        );
        assert_eq!(
            err("[-]"),
            e(1, 3, "invalid number: expected digit after '-'")
        );
        assert_eq!(
            err("-Infinity"),
            e(1, 2, "invalid number: expected digit after '-'")
        );
        assert_eq!(err("NaN"), e(1, 1, "expected value"));
        assert_eq!(err("[1, 1e400]"), e(1, 5, "number out of range"));
        assert_eq!(err("-1e400"), e(1, 1, "number out of range"));
    }

    #[test]
    fn literals() {
        assert_eq!(ok("[true,false,null]").0, json!([true, false, null]));
        assert_eq!(err("[tru]"), e(1, 2, "invalid literal, expected true"));
        assert_eq!(err("fals"), e(1, 1, "invalid literal, expected false"));
        assert_eq!(
            err("{\"a\": nul}"),
            e(1, 7, "invalid literal, expected null")
        );
        assert_eq!(err("True"), e(1, 1, "expected value"));
    }

    #[test]
    fn structural_errors() {
        assert_eq!(err("{\"a\" 1}"), e(1, 6, "expected ':' after object key"));
        assert_eq!(
            err("{\"a\": 1\n \"b\": 2}"),
            e(2, 2, "expected ',' or '}' after object member")
        );
        assert_eq!(
            err("[1 2]"),
            e(1, 4, "expected ',' or ']' after array element")
        );
        assert_eq!(err("[1,\n]"), e(2, 1, "trailing comma in array"));
        assert_eq!(err("{\"a\":1,}"), e(1, 8, "trailing comma in object"));
        assert_eq!(err("{1: 2}"), e(1, 2, "expected string key or '}'"));
        assert_eq!(err("{\"a\":1, 2}"), e(1, 9, "expected string key"));
        assert_eq!(err("{\"a\": }"), e(1, 7, "expected value"));
        assert_eq!(err("]"), e(1, 1, "expected value"));
        assert_eq!(err("[1,,2]"), e(1, 4, "expected value"));
        // Form feed and vertical tab are not JSON whitespace.
        assert_eq!(err("[\u{c}1]"), e(1, 2, "expected value"));
    }

    #[test]
    fn end_of_input_errors() {
        let eof = "unexpected end of input";
        assert_eq!(err(""), e(1, 1, eof));
        assert_eq!(err("  \n  "), e(2, 3, eof));
        assert_eq!(err("["), e(1, 2, eof));
        assert_eq!(err("[1"), e(1, 3, eof));
        assert_eq!(err("[1,"), e(1, 4, eof));
        assert_eq!(err("{"), e(1, 2, eof));
        assert_eq!(err("{\"a\""), e(1, 5, eof));
        assert_eq!(err("{\"a\":"), e(1, 6, eof));
        assert_eq!(err("{\"a\":1"), e(1, 7, eof));
        assert_eq!(err("{\"a\":1,\n"), e(2, 1, eof));
    }

    #[test]
    fn trailing_content_is_flagged() {
        for (text, line, column) in [
            ("{} {}", 1, 4),
            ("{\"a\":1}\n{\"a\":2}\n", 2, 1),
            ("[1]]", 1, 4),
            ("1 2", 1, 3),
            ("\"é\"x", 1, 4),
        ] {
            let error = parse(text)
                .err()
                .unwrap_or_else(|| panic!("{text:?} parsed"));
            assert!(error.trailing_content, "{text:?}");
            assert_eq!(
                (error.line, error.column, error.message.as_str()),
                (line, column, "trailing content after the JSON value"),
                "{text:?}"
            );
        }
        assert!(ok("{}  \r\n\t\n").0.is_object());
    }

    #[test]
    fn error_display_is_line_column_message() {
        let error = parse("[1,\n  x]").err().map(|e| e.to_string());
        assert_eq!(error.as_deref(), Some("2:3: expected value"));
    }

    #[test]
    fn nesting_limit() {
        let deep_ok = format!("{}{}", "[".repeat(512), "]".repeat(512));
        assert!(parse(&deep_ok).is_ok());
        let objects = format!("{}1{}", "{\"a\":".repeat(512), "}".repeat(512));
        assert!(parse(&objects).is_ok());
        let too_deep = format!("{}{}", "[".repeat(513), "]".repeat(513));
        assert_eq!(err(&too_deep), e(1, 513, "nesting deeper than 512 levels"));
        let mixed = format!("{}{{}}{}", "[{\"k\":".repeat(256), "}]".repeat(256));
        assert_eq!(
            err(&mixed),
            e(1, 256 * 6 + 1, "nesting deeper than 512 levels")
        );
        // Depth is nesting, not count: many siblings are fine.
        let wide = format!("[{}[]]", "[[[]]],".repeat(2000));
        assert!(parse(&wide).is_ok());
    }

    #[test]
    fn root_scalars() {
        let (value, tree) = ok("  42  ");
        assert_eq!(value, json!(42));
        assert_eq!(tree, PosTree::leaf(pos(1, 3)));
        let (value, tree) = ok("\n\"é\"\n");
        assert_eq!(value, json!("é"));
        assert_eq!(tree.pos, pos(2, 1));
    }

    #[test]
    fn nesting_limit_in_json_lines() {
        let text = format!("[]\n{}{}\n", "[".repeat(513), "]".repeat(513));
        let error = parse_lines(&text).err();
        let got = error.map(|e| (e.line, e.column, e.message));
        let message = "nesting deeper than 512 levels".to_string();
        assert_eq!(got, Some((2, 513, message)));
    }

    #[test]
    fn leading_bom_is_skipped_and_takes_no_column() {
        let (value, tree) = ok("\u{feff}{\"a\": 1}");
        assert_eq!(value, json!({"a": 1}));
        assert_eq!(tree.pos, pos(1, 1));
        assert_eq!(tree.children[0].pos, pos(1, 2));
        assert_eq!(err("\u{feff}{x}"), e(1, 2, "expected string key or '}'"));
        // Only a leading BOM is special.
        assert_eq!(err("[\u{feff}]"), e(1, 2, "expected value"));
    }

    #[test]
    fn minified_large_input_positions() {
        // One long line with multi-byte chars: every position is checked
        // against columns computed while building the text.
        let mut text = String::from("[");
        let mut expected = Vec::new();
        let mut chars = 1;
        for i in 0..20_000 {
            if i > 0 {
                text.push(',');
                chars += 1;
            }
            let item = format!("{{\"ké{i}\":\"välue\",\"n\":{i}}}");
            expected.push((chars + 1, chars + 2, chars + 15 + i.to_string().len()));
            chars += item.chars().count();
            text.push_str(&item);
        }
        text.push(']');
        let (value, tree) = ok(&text);
        assert_eq!(
            value,
            serde_json::from_str::<Value>(&text).unwrap_or(Value::Null)
        );
        for (child, &(elem, key1, key2)) in tree.children.iter().zip(&expected) {
            assert_eq!(child.pos, pos(1, elem as u32));
            assert_eq!(child.children[0].pos, pos(1, key1 as u32));
            assert_eq!(child.children[1].pos, pos(1, key2 as u32));
        }
    }

    #[test]
    fn agrees_with_serde_json_on_assorted_documents() {
        let docs = [
            r#"{"runs":[{"tool":{"driver":{"name":"x","rules":[]}},"results":[{"ruleId":"R1","level":"error","locations":[{"physicalLocation":{"region":{"startLine":3}}}]}]}]}"#,
            "[\"\\u0041\\u00DF\\u6771\\uD834\\uDD1E\", 1.0, -12, 3.14159e+2, {}]",
            "  {\"nested\": {\"deeper\": {\"deepest\": [null, [true], [[false]]]}}}  ",
            "\"just a string\"",
            "42",
        ];
        for doc in docs {
            let expected: Value = serde_json::from_str(doc).unwrap_or(Value::Null);
            assert_eq!(ok(doc).0, expected, "{doc}");
        }
    }

    #[test]
    fn json_lines_positions_use_file_lines() {
        let text = "{\"a\": 1}\n\n   \n[1,\r\n  {\"b\": [2]}]\n";
        // Line 4 is "[1," alone: JSON Lines holds one value per line.
        let error = parse_lines(text).err();
        assert_eq!(error.map(|e| (e.line, e.column)), Some((4, 4)));

        let text = "\u{feff}{\"a\": 1}\r\n\n \t \r\n[2, {\"b\": [3]}]\n  \"s\"";
        let docs = parse_lines(text).unwrap_or_default();
        let lines: Vec<_> = docs.iter().map(|d| d.0).collect();
        assert_eq!(lines, [1, 4, 5]);
        assert_eq!(docs[0].1, json!({"a": 1}));
        assert_eq!(docs[0].2.pos, pos(1, 1));
        assert_eq!(docs[0].2.children[0].pos, pos(1, 2));
        assert_eq!(docs[1].1, json!([2, {"b": [3]}]));
        assert_eq!(docs[1].2.children[1].pos, pos(4, 5));
        assert_eq!(docs[1].2.children[1].children[0].pos, pos(4, 6));
        assert_eq!(
            docs[1].2.children[1].children[0].children[0].pos,
            pos(4, 12)
        );
        assert_eq!(docs[2].1, json!("s"));
        assert_eq!(docs[2].2.pos, pos(5, 3));
        for (_, value, tree) in &docs {
            assert_mirrors(value, tree);
        }
    }

    #[test]
    fn json_lines_errors_name_the_file_line() {
        let error = parse_lines("{}\n\n{\"a\": }\n{}\n").err();
        let got = error.map(|e| (e.line, e.column, e.message, e.trailing_content));
        assert_eq!(got, Some((3, 7, "expected value".to_string(), false)));

        let error = parse_lines("{}\n{} {}\n").err();
        let got = error.map(|e| (e.line, e.column, e.message, e.trailing_content));
        let message = "trailing content after the JSON value".to_string();
        assert_eq!(got, Some((2, 4, message, false)));

        let error = parse_lines("[1]\n\"abc\n").err();
        assert_eq!(error.map(|e| (e.line, e.column)), Some((2, 1)));
    }

    #[test]
    fn json_lines_empty_and_many() {
        assert!(parse_lines("").unwrap_or_default().is_empty());
        assert!(parse_lines("\n \n\r\n").unwrap_or_default().is_empty());
        let text: String = (0..5000).map(|i| format!("{{\"i\":{i}}}\n")).collect();
        let docs = parse_lines(&text).unwrap_or_default();
        assert_eq!(docs.len(), 5000);
        assert_eq!(docs[4999].0, 5000);
        assert_eq!(docs[4999].1, json!({"i": 4999}));
        assert_eq!(docs[4999].2.children[0].pos, pos(5000, 2));
    }
}
