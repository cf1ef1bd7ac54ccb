//! Dockerfile text → the instruction list conftest gives policies as `input`.
//!
//! conftest (`parser/docker/docker.go`) runs moby/buildkit's
//! `frontend/dockerfile/parser.Parse`, checks every node with
//! `instructions.ParseInstruction`, and turns each node into
//! `{Cmd, SubCmd, JSON, Flags, Value, Stage}`; the comment lines buildkit
//! remembers in front of a node (`PrevComment`) become `{"Cmd": "comment"}`
//! entries of their own, just before it. Policies written for conftest test
//! exact strings, so this module reproduces that pipeline by hand rather than
//! approximating it: buildkit's line joining, parser directives, heredocs,
//! per-instruction argument splitting (including its quirks, such as ENV's
//! `=` separator entries and byte-wise flag scanning) and the instruction
//! checks that make conftest reject a file.
//!
//! conftest wraps the list in a one-element array and then evaluates each
//! element of a top-level array as a separate input, so a policy sees the bare
//! list (`input[i].Cmd`). That bare list is what [`parse`] returns.
//!
//! Positions: every entry, and everything inside it, points at the first
//! character of the instruction's first line (or of the comment line), since
//! buildkit itself only knows where an instruction starts.

use std::borrow::Cow;

use serde_json::{Map, Value};

use crate::parse::SyntaxError;
use crate::source_map::{PosTree, Position};

/// buildkit reads lines with a `bufio.Scanner` whose buffer tops out at
/// 64 KiB; a longer line stops the scan and fails the whole parse.
const MAX_LINE_BYTES: usize = 65_535;

/// Go's `encoding/json` refuses to nest deeper than this; deeper JSON-form
/// arguments are therefore "not JSON" to buildkit and fall back to shell form.
const MAX_JSON_DEPTH: usize = 10_000;

/// Parse a Dockerfile into conftest's instruction list and its positions.
pub fn parse(text: &str) -> Result<(Value, PosTree), SyntaxError> {
    let nodes = parse_nodes(text)?;
    build_document(nodes)
}

// ---------------------------------------------------------------------------
// Physical lines
// ---------------------------------------------------------------------------

/// One physical line without its `\n` (a UTF-8 BOM on line 1 removed).
struct Line<'a> {
    no: u32,
    text: &'a str,
}

/// Hands out physical lines the way buildkit's scanner does, including
/// stopping for good at the first over-long line.
struct Lines<'a> {
    text: &'a str,
    pos: usize,
    next_no: u32,
    too_long: Option<u32>,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str) -> Self {
        Lines {
            text,
            pos: 0,
            next_no: 1,
            too_long: None,
        }
    }

    fn next_line(&mut self) -> Option<Line<'a>> {
        if self.too_long.is_some() || self.pos >= self.text.len() {
            return None;
        }
        let rest = self.text.get(self.pos..)?;
        let (content, advance) = match rest.find('\n') {
            Some(i) => (rest.get(..i)?, i + 1),
            None => (rest, rest.len()),
        };
        let no = self.next_no;
        if content.len() > MAX_LINE_BYTES {
            self.too_long = Some(no);
            return None;
        }
        self.pos += advance;
        self.next_no = self.next_no.saturating_add(1);
        let content = if no == 1 {
            content.strip_prefix('\u{feff}').unwrap_or(content)
        } else {
            content
        };
        Some(Line { no, text: content })
    }
}

/// 1-based column of a byte offset within a line, counted in characters.
fn column(line: &str, offset: usize) -> u32 {
    let chars = line.get(..offset).map_or(offset, |s| s.chars().count());
    u32::try_from(chars.saturating_add(1)).unwrap_or(u32::MAX)
}

// ---------------------------------------------------------------------------
// The node tree buildkit's parser produces
// ---------------------------------------------------------------------------

/// What buildkit's line parser hangs off an instruction node.
enum Body {
    /// The `Next` chain: `None` when buildkit leaves it nil (conftest then
    /// emits `"Value": null`), plus the `json` attribute.
    Values {
        values: Option<Vec<String>>,
        json: bool,
    },
    /// ONBUILD's trigger instruction.
    Sub(Box<LineNode>),
}

struct LineNode {
    /// The instruction word as written (buildkit keeps its case).
    cmd: String,
    /// `cmd` lower-cased when it names an instruction, `""` otherwise.
    kind: &'static str,
    /// `None` when the line had no arguments at all (buildkit's nil slice).
    flags: Option<Vec<String>>,
    body: Body,
}

impl LineNode {
    fn is_json(&self) -> bool {
        matches!(self.body, Body::Values { json: true, .. })
    }

    /// buildkit's `nodeArgs`: what the instruction checks count.
    fn args(&self) -> Vec<&str> {
        let mut out = Vec::new();
        let mut node = self;
        loop {
            match &node.body {
                Body::Values { values, .. } => {
                    if let Some(values) = values {
                        out.extend(values.iter().map(String::as_str));
                    }
                    return out;
                }
                Body::Sub(sub) => {
                    out.push(sub.cmd.as_str());
                    node = sub;
                }
            }
        }
    }
}

/// An instruction as the scan left it: its node, where it starts, and the
/// comments buildkit attached to it.
struct Parsed {
    node: LineNode,
    start: Position,
    comments: Vec<(String, Position)>,
}

fn error_at(pos: Position, message: impl Into<String>) -> SyntaxError {
    SyntaxError::new(pos.line, pos.column, message)
}

// ---------------------------------------------------------------------------
// Scan: buildkit's parser.Parse
// ---------------------------------------------------------------------------

fn parse_nodes(text: &str) -> Result<Vec<Parsed>, SyntaxError> {
    let mut lines = Lines::new(text);
    let mut directives = Directives::default();
    let mut escape = '\\';
    let mut comments: Vec<(String, Position)> = Vec::new();
    let mut nodes = Vec::new();

    while let Some(line) = lines.next_line() {
        let lead = line.text.trim_start();
        let lead_pos = Position::new(line.no, column(line.text, line.text.len() - lead.len()));
        let is_comment = lead.starts_with('#');
        if is_comment {
            // A bare `#` line ends the comment block in front of the next
            // instruction; blank lines do not.
            let comment = comment_text(line.text);
            if comment.is_empty() {
                comments.clear();
            } else {
                comments.push((comment, lead_pos));
            }
        }
        let token = lead.trim_end_matches(['\r', '\n']);
        match directives.check(token) {
            Ok(Some(directive)) => {
                if directive.name == "escape" {
                    escape = match directive.value.as_str() {
                        "\\" => '\\',
                        "`" => '`',
                        other => {
                            return Err(error_at(
                                lead_pos,
                                format!("invalid escape token '{other}' does not match ` or \\"),
                            ))
                        }
                    };
                }
                // Directives configure the parser; buildkit drops them from
                // the comments it reports.
                comments.pop();
            }
            Ok(None) => {}
            Err(message) => return Err(error_at(lead_pos, message)),
        }
        if is_comment {
            continue;
        }

        let (first, mut end_of_line) = trim_continuation(token, escape);
        if end_of_line && first.is_empty() {
            continue;
        }
        let start = lead_pos;
        let mut joined: Cow<'_, str> = Cow::Borrowed(first);
        while !end_of_line {
            let Some(next) = lines.next_line() else { break };
            // Comment and blank lines inside a continuation are skipped, and
            // (unlike the first line) leading whitespace is kept.
            if next.text.trim_start().starts_with('#') {
                continue;
            }
            let piece = next.text.trim_end_matches(['\r', '\n']);
            if piece.trim_start().is_empty() {
                continue;
            }
            let (piece, eol) = trim_continuation(piece, escape);
            end_of_line = eol;
            joined.to_mut().push_str(piece);
        }

        let node = new_node_from_line(&joined, escape).map_err(|m| error_at(start, m))?;
        if can_contain_heredoc(&node) && joined.contains("<<") {
            let heredocs = heredocs_from_line(&joined).map_err(|m| error_at(start, m))?;
            for doc in heredocs {
                let mut terminated = false;
                while let Some(body_line) = lines.next_line() {
                    let candidate = body_line.text.trim_end_matches(['\r', '\n']);
                    let candidate = if doc.chomp {
                        candidate.trim_start_matches('\t')
                    } else {
                        candidate
                    };
                    if candidate == doc.name {
                        terminated = true;
                        break;
                    }
                }
                if !terminated {
                    return Err(error_at(
                        start,
                        format!("unterminated heredoc: no closing {:?} line", doc.name),
                    ));
                }
            }
        }
        nodes.push(Parsed {
            node,
            start,
            comments: std::mem::take(&mut comments),
        });
    }

    if nodes.is_empty() {
        return Err(SyntaxError::new(1, 1, "file with no instructions"));
    }
    if let Some(no) = lines.too_long {
        return Err(SyntaxError::new(
            no,
            1,
            format!("dockerfile line greater than max allowed size of {MAX_LINE_BYTES}"),
        ));
    }
    Ok(nodes)
}

/// buildkit takes a comment's text as the raw line minus its first *byte*,
/// trimmed: `# x` gives `x`, but an indented `  # x` keeps its `#`.
fn comment_text(line: &str) -> String {
    match line.get(1..) {
        Some(rest) => rest.trim().to_string(),
        None => String::from_utf8_lossy(line.as_bytes().get(1..).unwrap_or_default())
            .trim()
            .to_string(),
    }
}

/// buildkit's line-continuation rule: the escape token as the last
/// character (trailing blanks and tabs allowed), unless it is itself escaped.
/// Returns the line without it and whether the logical line ends here.
fn trim_continuation(line: &str, escape: char) -> (&str, bool) {
    let body = line.trim_end_matches([' ', '\t']);
    match body.strip_suffix(escape) {
        Some(before) if !before.ends_with(escape) => (before, false),
        _ => (line, true),
    }
}

/// The parser directives buildkit honours at the top of a file.
#[derive(Default)]
struct Directives {
    done: bool,
    seen: Vec<String>,
}

struct Directive {
    name: String,
    value: String,
}

impl Directives {
    /// buildkit's `DirectiveParser.ParseLine`: directives are only looked
    /// for until the first line that is not one (a blank line included).
    fn check(&mut self, line: &str) -> Result<Option<Directive>, String> {
        if self.done {
            return Ok(None);
        }
        let Some(rest) = line.strip_prefix('#') else {
            self.done = true;
            return Ok(None);
        };
        let Some((key, value)) = match_directive(rest.trim_start()) else {
            self.done = true;
            return Ok(None);
        };
        let name = key.to_ascii_lowercase();
        if !matches!(name.as_str(), "syntax" | "escape" | "check") {
            self.done = true;
            return Ok(None);
        }
        if self.seen.contains(&name) {
            return Err(format!("only one {name} parser directive can be used"));
        }
        self.seen.push(name.clone());
        Ok(Some(Directive {
            name,
            value: value.to_string(),
        }))
    }
}

/// Go's `\s`: ASCII whitespace without `\v`.
fn is_re_space(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\x0C' | '\r' | ' ')
}

/// `^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$`, by hand.
fn match_directive(s: &str) -> Option<(&str, &str)> {
    let key_len = s
        .char_indices()
        .find(|&(i, c)| !(c.is_ascii_alphabetic() || (i > 0 && c.is_ascii_digit())))
        .map_or(s.len(), |(i, _)| i);
    if key_len == 0 {
        return None;
    }
    let key = s.get(..key_len)?;
    let after = s.get(key_len..)?.trim_start_matches(is_re_space);
    let value_part = after.strip_prefix('=')?;
    let trimmed = value_part.trim_matches(is_re_space);
    if !trimmed.is_empty() {
        return Some((key, trimmed));
    }
    // An all-blank value still matches: the lazy group takes the last blank.
    let last = value_part.char_indices().last()?;
    Some((key, value_part.get(last.0..)?))
}

// ---------------------------------------------------------------------------
// One logical line → node (buildkit's newNodeFromLine and line parsers)
// ---------------------------------------------------------------------------

/// Go's `unicode.IsSpace` applied to a single byte, as buildkit's byte-wise
/// scanners do (so the UTF-8 continuation bytes 0x85 and 0xA0 count).
fn is_go_byte_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ' | 0x85 | 0xA0)
}

/// buildkit's `reWhitespace` class, `[\t\v\f\r ]`.
fn is_re_whitespace(c: char) -> bool {
    matches!(c, '\t' | '\x0B' | '\x0C' | '\r' | ' ')
}

fn new_node_from_line(line: &str, escape: char) -> Result<LineNode, String> {
    let (cmd, flags, args) = split_command(line, escape);
    let kind = instruction_kind(cmd);
    let args = args.as_ref();
    let body = match kind {
        "add" | "copy" | "volume" => parse_maybe_json_to_list(args)?,
        "arg" => plain(non_empty(parse_words(args, escape))),
        "cmd" | "entrypoint" | "run" | "shell" => parse_maybe_json(args)?,
        "env" => plain(parse_name_val(args, "ENV", escape)?),
        "label" => plain(parse_name_val(args, "LABEL", escape)?),
        "expose" | "from" => plain(split_whitespace(args)),
        "healthcheck" => parse_health_config(args)?,
        "maintainer" | "stopsignal" | "user" | "workdir" => plain(parse_string(args)),
        "onbuild" => {
            if args.is_empty() {
                plain(None)
            } else {
                Body::Sub(Box::new(new_node_from_line(args, escape)?))
            }
        }
        // Unknown instructions still parse; the instruction check rejects them.
        _ => plain(Some(vec![String::new()])),
    };
    Ok(LineNode {
        cmd: cmd.to_string(),
        kind,
        flags,
        body,
    })
}

const INSTRUCTIONS: &[&str] = &[
    "add",
    "arg",
    "cmd",
    "copy",
    "entrypoint",
    "env",
    "expose",
    "from",
    "healthcheck",
    "label",
    "maintainer",
    "onbuild",
    "run",
    "shell",
    "stopsignal",
    "user",
    "volume",
    "workdir",
];

/// The instruction a word names, matched the way Go's `strings.ToLower`
/// would (so e.g. a Kelvin sign counts as `k`); `""` if none.
fn instruction_kind(cmd: &str) -> &'static str {
    let find = |word: &str| {
        INSTRUCTIONS
            .iter()
            .copied()
            .find(|name| name.eq_ignore_ascii_case(word))
    };
    let found = if cmd.is_ascii() {
        find(cmd)
    } else {
        find(&cmd.to_lowercase())
    };
    found.unwrap_or("")
}

fn plain(values: Option<Vec<String>>) -> Body {
    Body::Values {
        values,
        json: false,
    }
}

fn non_empty(values: Vec<String>) -> Option<Vec<String>> {
    if values.is_empty() {
        None
    } else {
        Some(values)
    }
}

/// Instruction word, builder flags (`--x=y` words before the arguments) and
/// the remaining argument text.
fn split_command(line: &str, escape: char) -> (&str, Option<Vec<String>>, Cow<'_, str>) {
    let line = line.trim();
    let Some(split) = line.find(is_re_whitespace) else {
        return (line, None, Cow::Borrowed(""));
    };
    let cmd = line.get(..split).unwrap_or(line);
    let after = line
        .get(split..)
        .unwrap_or("")
        .trim_start_matches(is_re_whitespace);
    let (rest, flags) = extract_builder_flags(after, escape);
    let args = match rest {
        Cow::Borrowed(s) => Cow::Borrowed(s.trim()),
        Cow::Owned(s) => Cow::Owned(s.trim().to_string()),
    };
    (cmd, Some(flags), args)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Phase {
    Spaces,
    Word,
    Quote,
}

/// buildkit's `extractBuilderFlags`. It walks *bytes* and turns each into a
/// rune, so non-ASCII text inside a flag comes out Latin-1-decoded; kept
/// as-is because conftest prints exactly that. Quotes are stripped and the
/// escape token drops, and a bare `--` ends the flags.
fn extract_builder_flags(line: &str, escape: char) -> (Cow<'_, str>, Vec<String>) {
    let bytes = line.as_bytes();
    let esc = u8::try_from(escape).unwrap_or(b'\\');
    let rest_from = |pos: usize| match line.get(pos..) {
        Some(s) => Cow::Borrowed(s),
        None => Cow::Owned(String::from_utf8_lossy(bytes.get(pos..).unwrap_or_default()).into()),
    };
    let mut words = Vec::new();
    let mut phase = Phase::Spaces;
    let mut word = String::new();
    let mut quote = 0u8;
    let mut blank_ok = false;
    let mut pos = 0;
    loop {
        let Some(&byte) = bytes.get(pos) else {
            if phase != Phase::Spaces && word != "--" && (blank_ok || !word.is_empty()) {
                words.push(word);
            }
            return (Cow::Borrowed(""), words);
        };
        let mut ch = byte;
        if phase == Phase::Spaces {
            if is_go_byte_space(ch) {
                pos += 1;
                continue;
            }
            if ch != b'-' || bytes.get(pos + 1) != Some(&b'-') {
                return (rest_from(pos), words);
            }
            phase = Phase::Word;
        }
        if phase == Phase::Word {
            if is_go_byte_space(ch) {
                phase = Phase::Spaces;
                if word == "--" {
                    return (rest_from(pos), words);
                }
                if blank_ok || !word.is_empty() {
                    words.push(std::mem::take(&mut word));
                }
                blank_ok = false;
                pos += 1;
                continue;
            }
            if ch == b'\'' || ch == b'"' {
                quote = ch;
                blank_ok = true;
                phase = Phase::Quote;
                pos += 1;
                continue;
            }
            if ch == esc {
                pos += 1;
                match bytes.get(pos) {
                    Some(&next) => ch = next,
                    None => continue,
                }
            }
            word.push(char::from(ch));
            pos += 1;
            continue;
        }
        // Inside quotes.
        if ch == quote {
            phase = Phase::Word;
            pos += 1;
            continue;
        }
        if ch == esc {
            pos += 1;
            match bytes.get(pos) {
                Some(&next) => ch = next,
                None => {
                    phase = Phase::Word;
                    continue;
                }
            }
        }
        word.push(char::from(ch));
        pos += 1;
    }
}

/// buildkit's `parseWords`: whitespace-separated words, quotes and escapes
/// kept verbatim (they are only interpreted at build time). Every word is
/// therefore a slice of the input, which saves building it char by char.
fn parse_words(rest: &str, escape: char) -> Vec<String> {
    let mut words = Vec::new();
    let mut phase = Phase::Spaces;
    let mut quote = '\0';
    let mut blank_ok = false;
    // The current word is rest[start..end].
    let mut start = 0;
    let mut end = 0;
    let mut chars = rest.char_indices();
    loop {
        let Some((at, ch)) = chars.next() else {
            if phase != Phase::Spaces && (blank_ok || end > start) {
                words.push(rest.get(start..end).unwrap_or_default().to_string());
            }
            return words;
        };
        if phase == Phase::Spaces {
            if ch.is_whitespace() {
                continue;
            }
            phase = Phase::Word;
            start = at;
            end = at;
        }
        let escapable = phase == Phase::Word || quote != '\'';
        if phase == Phase::Word {
            if ch.is_whitespace() {
                phase = Phase::Spaces;
                if blank_ok || end > start {
                    words.push(rest.get(start..end).unwrap_or_default().to_string());
                }
                blank_ok = false;
                continue;
            }
            if ch == '\'' || ch == '"' {
                quote = ch;
                blank_ok = true;
                phase = Phase::Quote;
            }
        } else if ch == quote {
            phase = Phase::Word;
        }
        if ch == escape && escapable {
            // An escape keeps itself and the next character, which is then
            // never a quote or separator; one ending the input is dropped.
            match chars.next() {
                Some((next_at, next)) => end = next_at + next.len_utf8(),
                None => {
                    phase = Phase::Word;
                    continue;
                }
            }
            continue;
        }
        end = at + ch.len_utf8();
    }
}

/// ENV and LABEL: `name=value ...` gives `name, value, "="` triples, the
/// legacy `name value` form gives `name, value, ""` (buildkit keeps the
/// separator so later stages can tell the forms apart).
fn parse_name_val(rest: &str, key: &str, escape: char) -> Result<Option<Vec<String>>, String> {
    let words = parse_words(rest, escape);
    let Some(first) = words.first() else {
        return Ok(None);
    };
    if !first.contains('=') {
        return match rest.split_once(is_re_whitespace) {
            Some((name, value)) => Ok(Some(vec![
                name.to_string(),
                value.trim_start_matches(is_re_whitespace).to_string(),
                String::new(),
            ])),
            None => Err(format!("{key} must have two arguments")),
        };
    }
    let mut out = Vec::with_capacity(words.len() * 3);
    for word in words {
        let Some((name, value)) = word.split_once('=') else {
            return Err(format!(
                "Syntax error - can't find = in {word:?}. Must be of the form: name=value"
            ));
        };
        out.push(name.to_string());
        out.push(value.to_string());
        out.push("=".to_string());
    }
    Ok(Some(out))
}

fn split_whitespace(rest: &str) -> Option<Vec<String>> {
    if rest.is_empty() {
        return None;
    }
    Some(
        rest.split(is_re_whitespace)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect(),
    )
}

fn parse_string(rest: &str) -> Option<Vec<String>> {
    if rest.is_empty() {
        None
    } else {
        Some(vec![rest.to_string()])
    }
}

const NOT_STRING_ARRAY: &str =
    "when using JSON array syntax, arrays must be comprised of strings only";

/// `Ok(Some(body))` for a JSON array of strings, `Ok(None)` when the text is
/// not JSON (the caller falls back), `Err` for a JSON array holding
/// non-strings, which buildkit rejects outright.
fn parse_json(rest: &str) -> Result<Option<Body>, String> {
    let text = rest.trim_start();
    if !text.starts_with('[') {
        return Ok(None);
    }
    match scan_json_array(text) {
        JsonArray::Strings(values) => Ok(Some(Body::Values {
            values: non_empty(values),
            json: true,
        })),
        JsonArray::NotStrings => Err(NOT_STRING_ARRAY.to_string()),
        JsonArray::Invalid => Ok(None),
    }
}

/// RUN, CMD, ENTRYPOINT, SHELL: a JSON array, else the whole text.
fn parse_maybe_json(rest: &str) -> Result<Body, String> {
    if rest.is_empty() {
        return Ok(plain(None));
    }
    Ok(parse_json(rest)?.unwrap_or_else(|| plain(Some(vec![rest.to_string()]))))
}

/// ADD, COPY, VOLUME: a JSON array, else whitespace-separated words.
fn parse_maybe_json_to_list(rest: &str) -> Result<Body, String> {
    Ok(parse_json(rest)?.unwrap_or_else(|| plain(split_whitespace(rest))))
}

/// HEALTHCHECK: the type word, then RUN-style arguments. buildkit finds the
/// first word byte-wise, like the flag scanner.
fn parse_health_config(rest: &str) -> Result<Body, String> {
    let bytes = rest.as_bytes();
    let sep = bytes
        .iter()
        .position(|&b| is_go_byte_space(b))
        .unwrap_or(bytes.len());
    if sep == 0 {
        return Ok(plain(None));
    }
    let next = bytes
        .iter()
        .skip(sep)
        .position(|&b| !is_go_byte_space(b))
        .map_or(bytes.len(), |i| sep + i);
    let lossy = |range: std::ops::Range<usize>| -> String {
        match rest.get(range.clone()) {
            Some(s) => s.to_string(),
            None => String::from_utf8_lossy(bytes.get(range).unwrap_or_default()).into_owned(),
        }
    };
    let typ = lossy(0..sep);
    let cmd_text = lossy(next..bytes.len());
    let (values, json) = match parse_maybe_json(&cmd_text)? {
        Body::Values { values, json } => (values, json),
        Body::Sub(_) => (None, false),
    };
    let mut out = vec![typ];
    out.extend(values.unwrap_or_default());
    Ok(Body::Values {
        values: Some(out),
        json,
    })
}

// ---------------------------------------------------------------------------
// JSON-form arguments, with Go encoding/json's acceptance rules
// ---------------------------------------------------------------------------

enum JsonArray {
    Strings(Vec<String>),
    NotStrings,
    Invalid,
}

/// Go decodes the whole text into `[]any`: syntax errors and numbers that
/// overflow a float64 both make it "not JSON"; otherwise any non-string
/// element makes it a JSON array of the wrong kind. Lone surrogate escapes
/// decode to U+FFFD rather than failing, as in Go.
fn scan_json_array(text: &str) -> JsonArray {
    let mut scan = JsonScan {
        text,
        bytes: text.as_bytes(),
        i: 0,
        overflow: false,
    };
    match scan.top_array() {
        Some((values, all_strings)) if !scan.overflow => {
            if all_strings {
                JsonArray::Strings(values)
            } else {
                JsonArray::NotStrings
            }
        }
        _ => JsonArray::Invalid,
    }
}

struct JsonScan<'a> {
    text: &'a str,
    bytes: &'a [u8],
    i: usize,
    overflow: bool,
}

impl JsonScan<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.i).copied()
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    fn eat(&mut self, b: u8) -> Option<()> {
        self.skip_ws();
        if self.peek() == Some(b) {
            self.i += 1;
            Some(())
        } else {
            None
        }
    }

    fn top_array(&mut self) -> Option<(Vec<String>, bool)> {
        self.eat(b'[')?;
        let mut values = Vec::new();
        let mut all_strings = true;
        self.skip_ws();
        if self.peek() == Some(b']') {
            self.i += 1;
        } else {
            loop {
                self.skip_ws();
                if self.peek() == Some(b'"') {
                    let mut s = String::new();
                    self.string(Some(&mut s))?;
                    values.push(s);
                } else {
                    all_strings = false;
                    self.nested_value()?;
                }
                self.skip_ws();
                match self.peek() {
                    Some(b',') => self.i += 1,
                    Some(b']') => {
                        self.i += 1;
                        break;
                    }
                    _ => return None,
                }
            }
        }
        self.skip_ws();
        (self.i == self.bytes.len()).then_some((values, all_strings))
    }

    /// Validates one value inside the top-level array without recursion.
    fn nested_value(&mut self) -> Option<()> {
        // Open containers below the top-level array: b'[' or b'{'.
        let mut stack: Vec<u8> = Vec::new();
        loop {
            // A value starts here.
            self.skip_ws();
            match self.peek()? {
                b'"' => self.string(None)?,
                open @ (b'[' | b'{') => {
                    self.i += 1;
                    // The top-level array is depth 1.
                    if stack.len() + 2 > MAX_JSON_DEPTH {
                        return None;
                    }
                    self.skip_ws();
                    let close = if open == b'[' { b']' } else { b'}' };
                    if self.peek() == Some(close) {
                        self.i += 1;
                    } else {
                        stack.push(open);
                        if open == b'{' {
                            self.object_key()?;
                        }
                        continue;
                    }
                }
                b't' => self.literal("true")?,
                b'f' => self.literal("false")?,
                b'n' => self.literal("null")?,
                b'-' | b'0'..=b'9' => self.number()?,
                _ => return None,
            }
            // A value ended: close containers until one wants another value.
            loop {
                let Some(&top) = stack.last() else {
                    return Some(());
                };
                self.skip_ws();
                match (top, self.peek()?) {
                    (_, b',') => {
                        self.i += 1;
                        if top == b'{' {
                            self.object_key()?;
                        }
                        break;
                    }
                    (b'[', b']') | (b'{', b'}') => {
                        self.i += 1;
                        stack.pop();
                    }
                    _ => return None,
                }
            }
        }
    }

    fn object_key(&mut self) -> Option<()> {
        self.skip_ws();
        if self.peek() != Some(b'"') {
            return None;
        }
        self.string(None)?;
        self.eat(b':')
    }

    fn literal(&mut self, word: &str) -> Option<()> {
        let end = self.i + word.len();
        (self.bytes.get(self.i..end)? == word.as_bytes()).then_some(())?;
        self.i = end;
        Some(())
    }

    fn digits(&mut self) -> usize {
        let start = self.i;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.i += 1;
        }
        self.i - start
    }

    fn number(&mut self) -> Option<()> {
        let start = self.i;
        if self.peek() == Some(b'-') {
            self.i += 1;
        }
        match self.peek()? {
            b'0' => self.i += 1,
            b'1'..=b'9' => {
                self.digits();
            }
            _ => return None,
        }
        if self.peek() == Some(b'.') {
            self.i += 1;
            if self.digits() == 0 {
                return None;
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.i += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.i += 1;
            }
            if self.digits() == 0 {
                return None;
            }
        }
        // Go converts every number to float64 and fails on overflow.
        let literal = self.text.get(start..self.i)?;
        if literal.parse::<f64>().map_or(true, f64::is_infinite) {
            self.overflow = true;
        }
        Some(())
    }

    fn hex4(&self, at: usize) -> Option<u32> {
        let digits = self.text.get(at..at + 4)?;
        if !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        u32::from_str_radix(digits, 16).ok()
    }

    /// A string starting at the opening quote; decoded into `out` if given.
    fn string(&mut self, mut out: Option<&mut String>) -> Option<()> {
        self.i += 1;
        loop {
            let b = self.peek()?;
            match b {
                b'"' => {
                    self.i += 1;
                    return Some(());
                }
                b'\\' => {
                    let esc = *self.bytes.get(self.i + 1)?;
                    let decoded = match esc {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let unit = self.hex4(self.i + 2)?;
                            self.i += 6;
                            let ch = if (0xD800..0xE000).contains(&unit) {
                                self.surrogate(unit)
                            } else {
                                char::from_u32(unit).unwrap_or('\u{fffd}')
                            };
                            if let Some(out) = out.as_deref_mut() {
                                out.push(ch);
                            }
                            continue;
                        }
                        _ => return None,
                    };
                    self.i += 2;
                    if let Some(out) = out.as_deref_mut() {
                        out.push(decoded);
                    }
                }
                0..=0x1F => return None,
                _ => {
                    let start = self.i;
                    while let Some(c) = self.peek() {
                        if c == b'"' || c == b'\\' || c < 0x20 {
                            break;
                        }
                        self.i += 1;
                    }
                    if let Some(out) = out.as_deref_mut() {
                        out.push_str(self.text.get(start..self.i)?);
                    }
                }
            }
        }
    }

    /// Go pairs a high surrogate with an immediately following `\uDC00..`
    /// escape; anything else becomes U+FFFD and the next escape stands alone.
    fn surrogate(&mut self, high: u32) -> char {
        if (0xD800..0xDC00).contains(&high)
            && self.bytes.get(self.i..self.i + 2) == Some(b"\\u".as_slice())
        {
            if let Some(low) = self.hex4(self.i + 2) {
                if (0xDC00..0xE000).contains(&low) {
                    self.i += 6;
                    let code = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
                    return char::from_u32(code).unwrap_or('\u{fffd}');
                }
            }
        }
        '\u{fffd}'
    }
}

// ---------------------------------------------------------------------------
// Heredocs (buildkit's heredocsFromLine / ParseHeredoc and its shell lexer)
// ---------------------------------------------------------------------------

struct Heredoc {
    name: String,
    chomp: bool,
}

fn can_contain_heredoc(node: &LineNode) -> bool {
    let node = match (&node.body, node.kind) {
        (Body::Sub(sub), "onbuild") => sub.as_ref(),
        _ => node,
    };
    matches!(node.kind, "add" | "copy" | "run") && !node.is_json()
}

/// Every heredoc the line opens, in order. buildkit lexes the whole line as
/// shell words (quotes and escapes kept) and ignores lexing errors by finding
/// no heredocs at all.
fn heredocs_from_line(line: &str) -> Result<Vec<Heredoc>, String> {
    let Ok(words) = Lexer::words(line, true, true) else {
        return Ok(Vec::new());
    };
    let mut docs = Vec::new();
    for word in words {
        if let Some(doc) = parse_heredoc(&word)? {
            docs.push(doc);
        }
    }
    Ok(docs)
}

/// `^(\d*)<<(-?)\s*([^<]*)$` plus buildkit's check that the name is one
/// shell word; the name is that word with its quotes removed.
fn parse_heredoc(word: &str) -> Result<Option<Heredoc>, String> {
    let after_fd = word.trim_start_matches(|c: char| c.is_ascii_digit());
    let Some(after) = after_fd.strip_prefix("<<") else {
        return Ok(None);
    };
    let (chomp, after) = match after.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, after),
    };
    let rest = after.trim_start_matches(is_re_space);
    if rest.is_empty() || rest.contains('<') {
        return Ok(None);
    }
    let words = Lexer::words(rest, false, false)?;
    let [name] = words.as_slice() else {
        return Ok(None);
    };
    let raw = Lexer::words(rest, true, false)?;
    if raw.len() != words.len() {
        return Err(format!(
            "internal lexing of heredoc produced inconsistent results: {rest}"
        ));
    }
    Ok(Some(Heredoc {
        name: name.clone(),
        chomp,
    }))
}

/// A port of buildkit's `shell.Lex` word splitting with no environment and
/// `SkipUnsetEnv`, so `$x` and `${x...}` are kept as written. The escape
/// token is always `\` here, whatever the file's escape directive says.
struct Lexer<'a> {
    src: &'a str,
    pos: usize,
    raw_quotes: bool,
    raw_escapes: bool,
    /// buildkit shares one word buffer across nested `${...}` scans, so an
    /// expansion drops the word text in front of it; mirrored on purpose.
    buf: String,
}

#[derive(Default)]
struct Words {
    words: Vec<String>,
    in_word: bool,
}

impl Words {
    fn add_char(&mut self, buf: &mut String, ch: char) {
        if ch.is_whitespace() {
            if self.in_word && !buf.is_empty() {
                self.words.push(std::mem::take(buf));
                self.in_word = false;
            }
        } else {
            self.add_raw_char(buf, ch);
        }
    }

    fn add_raw_char(&mut self, buf: &mut String, ch: char) {
        buf.push(ch);
        self.in_word = true;
    }

    fn add_string(&mut self, buf: &mut String, s: &str) {
        for ch in s.chars() {
            self.add_char(buf, ch);
        }
    }

    fn add_raw_string(&mut self, buf: &mut String, s: &str) {
        buf.push_str(s);
        self.in_word = true;
    }

    fn finish(mut self, buf: &mut String) -> Vec<String> {
        if !buf.is_empty() {
            self.words.push(std::mem::take(buf));
        }
        self.words
    }
}

const LEX_ESCAPE: char = '\\';

impl<'a> Lexer<'a> {
    fn words(src: &'a str, raw_quotes: bool, raw_escapes: bool) -> Result<Vec<String>, String> {
        let mut lexer = Lexer {
            src,
            pos: 0,
            raw_quotes,
            raw_escapes,
            buf: String::new(),
        };
        lexer.stop_on(None, raw_escapes).map(|(_, words)| words)
    }

    fn peek(&self) -> Option<char> {
        self.src.get(self.pos..)?.chars().next()
    }

    fn next_char(&mut self) -> Option<char> {
        let ch = self.peek()?;
        self.pos += ch.len_utf8();
        Some(ch)
    }

    fn stop_on(
        &mut self,
        stop: Option<char>,
        raw_escapes: bool,
    ) -> Result<(String, Vec<String>), String> {
        let saved = self.raw_escapes;
        self.raw_escapes = raw_escapes;
        let result = self.stop_on_inner(stop);
        self.raw_escapes = saved;
        result
    }

    fn stop_on_inner(&mut self, stop: Option<char>) -> Result<(String, Vec<String>), String> {
        let mut result = String::new();
        self.buf.clear();
        let mut words = Words::default();
        while let Some(ch) = self.peek() {
            if Some(ch) == stop {
                self.pos += ch.len_utf8();
                return Ok((result, words.finish(&mut self.buf)));
            }
            match ch {
                '$' => {
                    let tmp = self.dollar()?;
                    result.push_str(&tmp);
                    words.add_string(&mut self.buf, &tmp);
                }
                '<' | '\'' | '"' => {
                    let tmp = match ch {
                        '<' => self.possible_heredoc(),
                        '\'' => self.single_quote()?,
                        _ => self.double_quote()?,
                    };
                    result.push_str(&tmp);
                    words.add_raw_string(&mut self.buf, &tmp);
                }
                _ => {
                    self.pos += ch.len_utf8();
                    let mut ch = ch;
                    if ch == LEX_ESCAPE {
                        if self.raw_escapes {
                            words.add_raw_char(&mut self.buf, ch);
                            result.push(ch);
                        }
                        match self.next_char() {
                            Some(next) => ch = next,
                            None => break,
                        }
                        words.add_raw_char(&mut self.buf, ch);
                    } else {
                        words.add_char(&mut self.buf, ch);
                    }
                    result.push(ch);
                }
            }
        }
        if let Some(stop) = stop {
            return Err(format!(
                "unexpected end of statement while looking for matching {stop}"
            ));
        }
        Ok((result, words.finish(&mut self.buf)))
    }

    fn single_quote(&mut self) -> Result<String, String> {
        let mut result = String::new();
        if let Some(open) = self.next_char() {
            if self.raw_quotes {
                result.push(open);
            }
        }
        loop {
            match self.next_char() {
                None => {
                    return Err(
                        "unexpected end of statement while looking for matching single-quote"
                            .to_string(),
                    )
                }
                Some('\'') => {
                    if self.raw_quotes {
                        result.push('\'');
                    }
                    return Ok(result);
                }
                Some(ch) => result.push(ch),
            }
        }
    }

    fn double_quote(&mut self) -> Result<String, String> {
        let mut result = String::new();
        if let Some(open) = self.next_char() {
            if self.raw_quotes {
                result.push(open);
            }
        }
        loop {
            match self.peek() {
                None => {
                    return Err(
                        "unexpected end of statement while looking for matching double-quote"
                            .to_string(),
                    )
                }
                Some('"') => {
                    self.pos += 1;
                    if self.raw_quotes {
                        result.push('"');
                    }
                    return Ok(result);
                }
                Some('$') => {
                    let value = self.dollar()?;
                    result.push_str(&value);
                }
                Some(ch) => {
                    self.pos += ch.len_utf8();
                    let mut ch = ch;
                    if ch == LEX_ESCAPE {
                        if self.raw_escapes {
                            result.push(ch);
                        }
                        match self.peek() {
                            None => continue,
                            Some(next @ ('"' | '$' | LEX_ESCAPE)) => {
                                self.pos += next.len_utf8();
                                ch = next;
                            }
                            Some(_) => {}
                        }
                    }
                    result.push(ch);
                }
            }
        }
    }

    /// `$name`, `${name}` and `${name<op>word}`, all kept as written since
    /// no variable is ever set.
    fn dollar(&mut self) -> Result<String, String> {
        self.pos += 1;
        if self.peek() != Some('{') {
            let name = self.name();
            return Ok(format!("${name}"));
        }
        self.pos += 1;
        match self.peek() {
            None => return Err("syntax error: missing '}'".to_string()),
            Some('{' | '}' | ':') => return Err("syntax error: bad substitution".to_string()),
            Some(_) => {}
        }
        let name = self.name();
        let first = self.next_char();
        let mut op = String::from(first.unwrap_or('\u{fffd}'));
        match first {
            Some('}') => Ok(format!("${{{name}}}")),
            Some(':' | '+' | '-' | '?' | '#' | '%') => {
                let mut modifier = first;
                let null_is_unset = first == Some(':');
                if null_is_unset {
                    modifier = self.next_char();
                    op.push(modifier.unwrap_or('\u{fffd}'));
                }
                let raw = matches!(modifier, Some('#' | '%'));
                if null_is_unset && raw {
                    return Err(format!("unsupported modifier ({op}) in substitution"));
                }
                let word = self.nested('}', raw, "syntax error: missing '}'")?;
                Ok(format!("${{{name}{op}{word}}}"))
            }
            Some('/') => {
                if self.peek() == Some('/') {
                    self.pos += 1;
                }
                let pattern = self.nested('/', true, "syntax error: missing '/' in ${}")?;
                let replacement = self.nested('}', true, "syntax error: missing '}'")?;
                Ok(format!("${{{name}/{pattern}/{replacement}}}"))
            }
            _ => Err(format!("unsupported modifier ({op}) in substitution")),
        }
    }

    fn nested(&mut self, stop: char, raw_escapes: bool, at_end: &str) -> Result<String, String> {
        match self.stop_on(Some(stop), raw_escapes) {
            Ok((word, _)) => Ok(word),
            Err(_) if self.peek().is_none() => Err(at_end.to_string()),
            Err(e) => Err(e),
        }
    }

    fn name(&mut self) -> String {
        let mut name = String::new();
        while let Some(ch) = self.peek() {
            if name.is_empty() && is_go_digit(ch) {
                while let Some(d) = self.peek().filter(|&c| is_go_digit(c)) {
                    self.pos += d.len_utf8();
                    name.push(d);
                }
                return name;
            }
            if name.is_empty() && matches!(ch, '@' | '*' | '#' | '?' | '-' | '$' | '!' | '0') {
                self.pos += ch.len_utf8();
                return ch.to_string();
            }
            if !(ch.is_alphabetic() || is_go_digit(ch) || ch == '_') {
                break;
            }
            self.pos += ch.len_utf8();
            name.push(ch);
        }
        name
    }

    fn possible_heredoc(&mut self) -> String {
        self.pos += 1;
        if self.peek() != Some('<') {
            return "<".to_string();
        }
        self.pos += 1;
        let mut out = String::from("<<");
        while let Some(ch) = self.peek().filter(|c| matches!(c, '\t' | '\r' | ' ')) {
            self.pos += 1;
            out.push(ch);
        }
        out
    }
}

/// Go's `unicode.IsDigit` (decimal digits); `char::is_numeric` is close
/// enough outside ASCII for variable names.
fn is_go_digit(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && c.is_numeric())
}

// ---------------------------------------------------------------------------
// Instruction checks (buildkit's instructions.ParseInstruction)
// ---------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq)]
enum FlagKind {
    Bool,
    Str,
    Strs,
}

const ADD_FLAGS: &[(&str, FlagKind)] = &[
    ("chown", FlagKind::Str),
    ("chmod", FlagKind::Str),
    ("link", FlagKind::Bool),
    ("keep-git-dir", FlagKind::Bool),
    ("checksum", FlagKind::Str),
    ("unpack", FlagKind::Bool),
    ("exclude", FlagKind::Strs),
];
const COPY_FLAGS: &[(&str, FlagKind)] = &[
    ("chown", FlagKind::Str),
    ("from", FlagKind::Str),
    ("chmod", FlagKind::Str),
    ("link", FlagKind::Bool),
    ("exclude", FlagKind::Strs),
    ("parents", FlagKind::Bool),
];
const FROM_FLAGS: &[(&str, FlagKind)] = &[("platform", FlagKind::Str)];
const RUN_FLAGS: &[(&str, FlagKind)] = &[
    ("device", FlagKind::Strs),
    ("mount", FlagKind::Strs),
    ("network", FlagKind::Str),
    ("security", FlagKind::Str),
];
const HEALTHCHECK_FLAGS: &[(&str, FlagKind)] = &[
    ("interval", FlagKind::Str),
    ("timeout", FlagKind::Str),
    ("start-period", FlagKind::Str),
    ("start-interval", FlagKind::Str),
    ("retries", FlagKind::Str),
];

/// buildkit's `BFlags.Parse`: returns every `(name, value)` given, in order.
fn parse_flags<'f>(
    flags: &'f [String],
    known: &[(&str, FlagKind)],
) -> Result<Vec<(&'f str, &'f str)>, String> {
    let mut used: Vec<(&'f str, &'f str)> = Vec::new();
    for arg in flags {
        let Some(body) = arg.strip_prefix("--") else {
            return Err(format!("arg should start with -- : {arg}"));
        };
        if body.is_empty() {
            break;
        }
        let (name, value, has_value) = match body.split_once('=') {
            Some((n, v)) => (n, v, true),
            None => (body, "", false),
        };
        let Some(&(_, kind)) = known.iter().find(|(k, _)| *k == name) else {
            return Err(format!("unknown flag: {name}"));
        };
        if kind != FlagKind::Strs && used.iter().any(|(n, _)| *n == name) {
            return Err(format!("duplicate flag specified: {name}"));
        }
        match kind {
            FlagKind::Bool => {
                if has_value && value.is_empty() {
                    return Err(format!("missing a value on flag: {name}"));
                }
                if !matches!(value.to_lowercase().as_str(), "" | "true" | "false") {
                    return Err(format!(
                        "expecting boolean value for flag {name}, not: {value}"
                    ));
                }
            }
            FlagKind::Str | FlagKind::Strs => {
                if !has_value {
                    return Err(format!("missing a value on flag: {name}"));
                }
            }
        }
        used.push((name, value));
    }
    Ok(used)
}

fn flag_values<'f>(used: &[(&'f str, &'f str)], name: &str) -> Vec<&'f str> {
    used.iter()
        .filter(|(n, _)| *n == name)
        .map(|(_, v)| *v)
        .collect()
}

fn no_flags(node: &LineNode) -> Result<(), String> {
    parse_flags(node.flags.as_deref().unwrap_or_default(), &[]).map(drop)
}

fn flags_of(node: &LineNode, known: &[(&str, FlagKind)]) -> Result<(), String> {
    parse_flags(node.flags.as_deref().unwrap_or_default(), known).map(drop)
}

fn exactly_one(args: &[&str], name: &str) -> Result<(), String> {
    if args.len() == 1 {
        Ok(())
    } else {
        Err(format!("{name} requires exactly one argument"))
    }
}

fn at_least_one(args: &[&str], name: &str) -> Result<(), String> {
    if args.is_empty() {
        Err(format!("{name} requires at least one argument"))
    } else {
        Ok(())
    }
}

/// The checks conftest runs on every node; an `Err` fails the whole file.
fn check_instruction(node: &LineNode) -> Result<(), String> {
    let args = node.args();
    let flags = node.flags.as_deref().unwrap_or_default();
    match node.kind {
        "env" | "label" => {
            no_flags(node)?;
            let name = if node.kind == "env" { "ENV" } else { "LABEL" };
            at_least_one(&args, name)?;
            if !args.len().is_multiple_of(3) {
                return Err(format!("Bad input to {name}, too many arguments"));
            }
            if args.iter().step_by(3).any(|k| k.is_empty()) {
                return Err(format!("{name} names can not be blank"));
            }
            Ok(())
        }
        "maintainer" => {
            exactly_one(&args, "MAINTAINER")?;
            no_flags(node)
        }
        "add" | "copy" => {
            let (name, known) = if node.kind == "add" {
                ("ADD", ADD_FLAGS)
            } else {
                ("COPY", COPY_FLAGS)
            };
            let Some(dest) = args.last().filter(|_| args.len() >= 2) else {
                return Err(format!(
                    "{name} requires at least two arguments, but only one was provided. \
                     Destination could not be determined"
                ));
            };
            flags_of(node, known)?;
            if matches!(parse_heredoc(dest), Ok(Some(_))) {
                return Err(format!("{name} cannot accept a heredoc as a destination"));
            }
            Ok(())
        }
        "from" => {
            match args.as_slice() {
                [_, as_word, stage] if is_as_word(as_word) => {
                    if !is_valid_stage_name(&stage.to_lowercase()) {
                        return Err(format!(
                            "invalid name for build stage: {stage:?}, name can't start with a \
                             number or contain symbols"
                        ));
                    }
                }
                [_] => {}
                _ => return Err("FROM requires either one or three arguments".to_string()),
            }
            flags_of(node, FROM_FLAGS)
        }
        "onbuild" => {
            at_least_one(&args, "ONBUILD")?;
            no_flags(node)?;
            let trigger = args
                .first()
                .map(|a| a.trim().to_uppercase())
                .unwrap_or_default();
            match trigger.as_str() {
                "ONBUILD" => {
                    Err("Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed".to_string())
                }
                "MAINTAINER" | "FROM" => {
                    Err(format!("{trigger} isn't allowed as an ONBUILD trigger"))
                }
                _ => Ok(()),
            }
        }
        "workdir" => {
            exactly_one(&args, "WORKDIR")?;
            no_flags(node)
        }
        "run" => check_run(flags),
        "cmd" | "entrypoint" => no_flags(node),
        "healthcheck" => check_healthcheck(&args, flags),
        "expose" => {
            at_least_one(&args, "EXPOSE")?;
            no_flags(node)
        }
        "user" => {
            exactly_one(&args, "USER")?;
            no_flags(node)
        }
        "volume" => {
            at_least_one(&args, "VOLUME")?;
            no_flags(node)?;
            if args.iter().any(|v| v.trim().is_empty()) {
                return Err("VOLUME specified can not be an empty string".to_string());
            }
            Ok(())
        }
        // buildkit never parses STOPSIGNAL's or ARG's flags.
        "stopsignal" => exactly_one(&args, "STOPSIGNAL"),
        "arg" => {
            if args.is_empty() {
                return Err("ARG requires at least one argument".to_string());
            }
            if args.iter().any(|a| a.starts_with('=')) {
                return Err("ARG names can not be blank".to_string());
            }
            Ok(())
        }
        "shell" => {
            no_flags(node)?;
            if args.is_empty() {
                Err("SHELL requires at least one argument".to_string())
            } else if node.is_json() {
                Ok(())
            } else {
                Err("SHELL requires the arguments to be in JSON form".to_string())
            }
        }
        _ => Err(format!("unknown instruction: {}", node.cmd)),
    }
}

/// Go's `strings.EqualFold(word, "as")`, whose folding also maps the long
/// s (U+017F) to `s`.
fn is_as_word(word: &str) -> bool {
    let mut chars = word.chars();
    matches!(
        (chars.next(), chars.next(), chars.next()),
        (Some('a' | 'A'), Some('s' | 'S' | '\u{17f}'), None)
    )
}

/// `^[a-z][a-z0-9-_.]*$`
fn is_valid_stage_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '_' | '.'))
}

/// RUN's flags, then the checks its flag hooks make at parse time (in
/// buildkit's hook order: device, mount, network, security). Mount fields
/// other than `from` are only interpreted at build time.
fn check_run(flags: &[String]) -> Result<(), String> {
    let used = parse_flags(flags, RUN_FLAGS)?;
    for device in flag_values(&used, "device") {
        check_device(device)?;
    }
    for mount in flag_values(&used, "mount") {
        let fields = csv_fields(mount).map_err(|e| format!("failed to parse csv mounts: {e}"))?;
        for field in fields {
            let Some((key, value)) = field.split_once('=') else {
                continue;
            };
            if key.eq_ignore_ascii_case("from") {
                if let Some(i) = value.find('$') {
                    if i != value.len() - 1 {
                        return Err(
                            "'from' doesn't support variable expansion, define alias stage instead"
                                .to_string(),
                        );
                    }
                }
            }
        }
    }
    if let Some(network) = flag_values(&used, "network").last() {
        if !matches!(*network, "default" | "none" | "host") {
            return Err(format!("invalid network mode {network:?}"));
        }
    }
    if let Some(security) = flag_values(&used, "security").last() {
        if !matches!(*security, "sandbox" | "insecure") {
            return Err(format!("security {security:?} is not valid"));
        }
    }
    Ok(())
}

fn check_device(value: &str) -> Result<(), String> {
    let fields = csv_fields(value).map_err(|e| format!("failed to parse csv devices: {e}"))?;
    let mut name = String::new();
    for field in fields {
        match field.split_once('=') {
            None => {
                if field.to_lowercase() == "required" {
                    continue;
                }
                if !name.is_empty() {
                    return Err(format!("invalid field '{field}' must be a key=value pair"));
                }
                name = field;
            }
            Some((key, value)) => match key.to_lowercase().as_str() {
                "name" => {
                    if !name.is_empty() {
                        return Err(format!("device name already set to {name}"));
                    }
                    name = value.to_string();
                }
                "required" => {
                    parse_go_bool(value)
                        .ok_or_else(|| format!("invalid value for required: {value}"))?;
                }
                other => {
                    if !name.is_empty() {
                        return Err(format!("unexpected key '{other}' in '{field}'"));
                    }
                    name = field.clone();
                }
            },
        }
    }
    Ok(())
}

fn parse_go_bool(s: &str) -> Option<bool> {
    match s {
        "1" | "t" | "T" | "TRUE" | "true" | "True" => Some(true),
        "0" | "f" | "F" | "FALSE" | "false" | "False" => Some(false),
        _ => None,
    }
}

/// One CSV record the way `go-csvvalue` reads a flag value.
fn csv_fields(line: &str) -> Result<Vec<String>, String> {
    let line = line
        .strip_suffix("\r\n")
        .or_else(|| line.strip_suffix('\n'))
        .unwrap_or(line);
    if line.is_empty() {
        return Err("EOF".to_string());
    }
    let at = |col: usize, what: &str| format!("parse error on line 1, column {}: {what}", col + 1);
    let mut fields = Vec::new();
    let mut rest = line;
    let mut pos = 0;
    loop {
        if let Some(quoted) = rest.strip_prefix('"') {
            pos += 1;
            rest = quoted;
            let mut field = String::new();
            loop {
                let Some(i) = rest.find('"') else {
                    return Err(at(
                        pos + rest.len(),
                        "extraneous or missing \" in quoted-field",
                    ));
                };
                field.push_str(rest.get(..i).unwrap_or_default());
                rest = rest.get(i + 1..).unwrap_or_default();
                pos += i + 1;
                if let Some(after) = rest.strip_prefix('"') {
                    field.push('"');
                    rest = after;
                    pos += 1;
                } else if let Some(after) = rest.strip_prefix(',') {
                    fields.push(field);
                    rest = after;
                    pos += 1;
                    break;
                } else if rest.is_empty() {
                    fields.push(field);
                    return Ok(fields);
                } else {
                    return Err(at(pos - 1, "extraneous or missing \" in quoted-field"));
                }
            }
        } else {
            let (field, next) = match rest.split_once(',') {
                Some((f, n)) => (f, Some(n)),
                None => (rest, None),
            };
            if let Some(j) = field.find('"') {
                return Err(at(pos + j, "bare \" in non-quoted-field"));
            }
            fields.push(field.to_string());
            match next {
                Some(n) => {
                    pos += field.len() + 1;
                    rest = n;
                }
                None => return Ok(fields),
            }
        }
    }
}

fn check_healthcheck(args: &[&str], flags: &[String]) -> Result<(), String> {
    let Some(first) = args.first() else {
        return Err("HEALTHCHECK requires at least one argument".to_string());
    };
    let typ = first.to_uppercase();
    if typ == "NONE" {
        // buildkit returns before looking at the flags.
        if args.len() > 1 {
            return Err("HEALTHCHECK NONE takes no arguments".to_string());
        }
        return Ok(());
    }
    let used = parse_flags(flags, HEALTHCHECK_FLAGS)?;
    if typ != "CMD" {
        return Err(format!("Unknown type {typ:?} in HEALTHCHECK (try CMD)"));
    }
    // A shell-form command is joined into one string, so only an empty
    // argument list counts as missing.
    if args.len() == 1 {
        return Err("Missing command after HEALTHCHECK CMD".to_string());
    }
    for name in ["interval", "timeout", "start-period", "start-interval"] {
        let Some(value) = flag_values(&used, name).last().copied() else {
            continue;
        };
        if value.is_empty() {
            continue;
        }
        let nanos = parse_go_duration(value)?;
        if nanos != 0 && nanos < 1_000_000 {
            return Err(format!("Interval {name:?} cannot be less than 1ms"));
        }
    }
    if let Some(retries) = flag_values(&used, "retries").last().copied() {
        if !retries.is_empty() {
            let n = parse_go_int32(retries).ok_or_else(|| {
                format!("strconv.ParseInt: parsing {retries:?}: invalid syntax or out of range")
            })?;
            if n < 0 {
                return Err(format!("--retries cannot be negative ({n})"));
            }
        }
    }
    Ok(())
}

/// `strconv.ParseInt(s, 10, 32)`.
fn parse_go_int32(s: &str) -> Option<i32> {
    let digits = s.strip_prefix(['+', '-']).unwrap_or(s);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let magnitude: i64 = digits.bytes().try_fold(0i64, |acc, b| {
        acc.checked_mul(10)?.checked_add(i64::from(b - b'0'))
    })?;
    let value = if s.starts_with('-') {
        -magnitude
    } else {
        magnitude
    };
    i32::try_from(value).ok()
}

/// `time.ParseDuration`, in nanoseconds.
fn parse_go_duration(orig: &str) -> Result<i64, String> {
    let invalid = || format!("time: invalid duration {orig:?}");
    const LIMIT: u64 = 1 << 63;
    let mut s = orig;
    let mut negative = false;
    if let Some(rest) = s.strip_prefix('-') {
        negative = true;
        s = rest;
    } else if let Some(rest) = s.strip_prefix('+') {
        s = rest;
    }
    if s == "0" {
        return Ok(0);
    }
    if s.is_empty() {
        return Err(invalid());
    }
    let mut total: u64 = 0;
    while !s.is_empty() {
        if !s.starts_with(|c: char| c == '.' || c.is_ascii_digit()) {
            return Err(invalid());
        }
        let int_len = s.bytes().take_while(u8::is_ascii_digit).count();
        let mut whole: u64 = 0;
        for b in s.bytes().take(int_len) {
            if whole > (LIMIT - 1) / 10 {
                return Err(invalid());
            }
            whole = whole * 10 + u64::from(b - b'0');
            if whole > LIMIT {
                return Err(invalid());
            }
        }
        s = s.get(int_len..).unwrap_or_default();
        let mut frac: u64 = 0;
        let mut scale: f64 = 1.0;
        if let Some(after_dot) = s.strip_prefix('.') {
            s = after_dot;
            let frac_len = s.bytes().take_while(u8::is_ascii_digit).count();
            let mut overflow = false;
            for b in s.bytes().take(frac_len) {
                if overflow {
                    continue;
                }
                if frac > (LIMIT - 1) / 10 {
                    overflow = true;
                    continue;
                }
                let next = frac * 10 + u64::from(b - b'0');
                if next > LIMIT {
                    overflow = true;
                    continue;
                }
                frac = next;
                scale *= 10.0;
            }
            s = s.get(frac_len..).unwrap_or_default();
            if int_len == 0 && frac_len == 0 {
                return Err(invalid());
            }
        }
        let unit_len = s
            .find(|c: char| c == '.' || c.is_ascii_digit())
            .unwrap_or(s.len());
        if unit_len == 0 {
            return Err(format!("time: missing unit in duration {orig:?}"));
        }
        let unit_text = s.get(..unit_len).unwrap_or_default();
        s = s.get(unit_len..).unwrap_or_default();
        let unit: u64 = match unit_text {
            "ns" => 1,
            "us" | "\u{b5}s" | "\u{3bc}s" => 1_000,
            "ms" => 1_000_000,
            "s" => 1_000_000_000,
            "m" => 60_000_000_000,
            "h" => 3_600_000_000_000,
            _ => {
                return Err(format!(
                    "time: unknown unit {unit_text:?} in duration {orig:?}"
                ))
            }
        };
        if whole > LIMIT / unit {
            return Err(invalid());
        }
        let mut v = whole * unit;
        if frac > 0 {
            // Go adds the fraction in float64 and truncates.
            let extra = (frac as f64 * (unit as f64 / scale)) as u64;
            v = v.saturating_add(extra);
            if v > LIMIT {
                return Err(invalid());
            }
        }
        total = total.saturating_add(v);
        if total > LIMIT {
            return Err(invalid());
        }
    }
    if negative {
        return Ok(0i64.saturating_sub_unsigned(total));
    }
    i64::try_from(total).map_err(|_| invalid())
}

// ---------------------------------------------------------------------------
// conftest's document
// ---------------------------------------------------------------------------

fn build_document(nodes: Vec<Parsed>) -> Result<(Value, PosTree), SyntaxError> {
    let mut items = Vec::with_capacity(nodes.len());
    let mut trees = Vec::with_capacity(nodes.len());
    let mut stages = 0usize;
    for parsed in nodes {
        check_instruction(&parsed.node).map_err(|m| error_at(parsed.start, m))?;
        // conftest counts the FROM before emitting its comments, so a
        // comment above a FROM belongs to the stage that FROM opens.
        if parsed.node.kind == "from" {
            stages += 1;
        }
        let stage = stages.saturating_sub(1);
        for (text, pos) in parsed.comments {
            let (item, tree) = entry(
                "comment".to_string(),
                String::new(),
                false,
                None,
                Some(vec![text]),
                stage,
                pos,
            );
            items.push(item);
            trees.push(tree);
        }
        let LineNode {
            kind, flags, body, ..
        } = parsed.node;
        let (sub_cmd, values, json) = match body {
            Body::Values { values, json } => (String::new(), values, json),
            Body::Sub(sub) => {
                let LineNode { cmd, body, .. } = *sub;
                match body {
                    Body::Values { values, json } => (cmd, values, json),
                    // A nested ONBUILD (rejected above) would show one
                    // empty value, like buildkit's child-holding node.
                    Body::Sub(_) => (cmd, Some(vec![String::new()]), false),
                }
            }
        };
        let (item, tree) = entry(
            kind.to_string(),
            sub_cmd,
            json,
            flags,
            values,
            stage,
            parsed.start,
        );
        items.push(item);
        trees.push(tree);
    }
    let tree = PosTree {
        pos: Position::new(1, 1),
        children: trees,
    };
    Ok((Value::Array(items), tree))
}

fn strings_value(list: Option<Vec<String>>, pos: Position) -> (Value, PosTree) {
    match list {
        None => (Value::Null, PosTree::leaf(pos)),
        Some(list) => {
            let tree = PosTree {
                pos,
                children: vec![PosTree::leaf(pos); list.len()],
            };
            (
                Value::Array(list.into_iter().map(Value::String).collect()),
                tree,
            )
        }
    }
}

/// One element of conftest's list, fields in the order of its Go struct.
fn entry(
    cmd: String,
    sub_cmd: String,
    json: bool,
    flags: Option<Vec<String>>,
    values: Option<Vec<String>>,
    stage: usize,
    pos: Position,
) -> (Value, PosTree) {
    let (flags, flags_tree) = strings_value(flags, pos);
    let (values, values_tree) = strings_value(values, pos);
    let mut map = Map::with_capacity(6);
    map.insert("Cmd".to_string(), Value::String(cmd));
    map.insert("SubCmd".to_string(), Value::String(sub_cmd));
    map.insert("JSON".to_string(), Value::Bool(json));
    map.insert("Flags".to_string(), flags);
    map.insert("Value".to_string(), values);
    map.insert("Stage".to_string(), Value::from(stage));
    let tree = PosTree {
        pos,
        children: vec![
            PosTree::leaf(pos),
            PosTree::leaf(pos),
            PosTree::leaf(pos),
            flags_tree,
            values_tree,
            PosTree::leaf(pos),
        ],
    };
    (Value::Object(map), tree)
}

#[cfg(test)]
mod tests {
    use serde_json::{json, Value};

    use super::parse;
    use crate::parse::SyntaxError;
    use crate::source_map::{PosTree, Position};

    fn ok(text: &str) -> Value {
        match parse(text) {
            Ok((value, _)) => value,
            Err(e) => panic!("unexpected error {e} for {text:?}"),
        }
    }

    fn tree(text: &str) -> PosTree {
        match parse(text) {
            Ok((_, tree)) => tree,
            Err(e) => panic!("unexpected error {e} for {text:?}"),
        }
    }

    fn err(text: &str) -> SyntaxError {
        match parse(text) {
            Ok((value, _)) => panic!("expected an error for {text:?}, got {value}"),
            Err(e) => e,
        }
    }

    /// One conftest entry.
    fn e(cmd: &str, flags: Value, value: Value, stage: u64) -> Value {
        json!({"Cmd": cmd, "SubCmd": "", "JSON": false, "Flags": flags, "Value": value, "Stage": stage})
    }

    fn j(cmd: &str, flags: Value, value: Value, stage: u64) -> Value {
        json!({"Cmd": cmd, "SubCmd": "", "JSON": true, "Flags": flags, "Value": value, "Stage": stage})
    }

    fn comment(text: &str, stage: u64) -> Value {
        e("comment", Value::Null, json!([text]), stage)
    }

    fn pos(tree: &PosTree, i: usize) -> (u32, u32) {
        let p = tree.children[i].pos;
        (p.line, p.column)
    }

    fn first(text: &str) -> Value {
        ok(text)[0].clone()
    }

    // --- shape -----------------------------------------------------------

    #[test]
    fn conftest_sample_document() {
        let v = ok("FROM foo\nCOPY . /\nRUN echo hello");
        assert_eq!(
            v,
            json!([
                e("from", json!([]), json!(["foo"]), 0),
                e("copy", json!([]), json!([".", "/"]), 0),
                e("run", json!([]), json!(["echo hello"]), 0),
            ])
        );
    }

    #[test]
    fn fields_follow_the_go_struct_order() {
        let v = first("FROM foo");
        let keys: Vec<&str> = v
            .as_object()
            .map(|m| m.keys().map(String::as_str).collect())
            .unwrap_or_default();
        assert_eq!(keys, ["Cmd", "SubCmd", "JSON", "Flags", "Value", "Stage"]);
    }

    #[test]
    fn instruction_names_are_lower_cased() {
        assert_eq!(first("fRoM alpine")["Cmd"], "from");
        assert_eq!(ok("FROM a\nrun x")[1]["Cmd"], "run");
    }

    #[test]
    fn from_as_keeps_every_word() {
        assert_eq!(
            first("FROM golang:1.22 AS build"),
            e("from", json!([]), json!(["golang:1.22", "AS", "build"]), 0)
        );
    }

    #[test]
    fn env_key_value_form_keeps_the_separator() {
        assert_eq!(
            ok("FROM a\nENV a=b c=d")[1],
            e("env", json!([]), json!(["a", "b", "=", "c", "d", "="]), 0)
        );
    }

    #[test]
    fn env_keeps_quotes_and_escapes_verbatim() {
        assert_eq!(
            ok("FROM a\nENV A=\"two words\" B='x y' C\\ d=e")[1]["Value"],
            json!([
                "A",
                "\"two words\"",
                "=",
                "B",
                "'x y'",
                "=",
                "C\\ d",
                "e",
                "="
            ])
        );
    }

    #[test]
    fn env_legacy_form_has_an_empty_separator() {
        assert_eq!(
            ok("FROM a\nENV PATH  /usr/bin:/bin  extra")[1]["Value"],
            json!(["PATH", "/usr/bin:/bin  extra", ""])
        );
    }

    #[test]
    fn label_splits_like_env() {
        assert_eq!(
            ok("FROM a\nLABEL org.opencontainers.image.title=\"x\" version=1")[1]["Value"],
            json!([
                "org.opencontainers.image.title",
                "\"x\"",
                "=",
                "version",
                "1",
                "="
            ])
        );
    }

    #[test]
    fn arg_keeps_whole_words() {
        assert_eq!(
            first("ARG a b=1 c=\"x y\""),
            e("arg", json!([]), json!(["a", "b=1", "c=\"x y\""]), 0)
        );
    }

    #[test]
    fn expose_splits_on_whitespace() {
        assert_eq!(
            ok("FROM a\nEXPOSE 80 443/tcp\t8080")[1]["Value"],
            json!(["80", "443/tcp", "8080"])
        );
    }

    #[test]
    fn one_string_instructions() {
        let v = ok("FROM a\nUSER 1000:1000\nWORKDIR /srv/my app\nSTOPSIGNAL SIGTERM\nMAINTAINER Jane <j@x>");
        assert_eq!(v[1]["Value"], json!(["1000:1000"]));
        assert_eq!(v[2]["Value"], json!(["/srv/my app"]));
        assert_eq!(v[3]["Value"], json!(["SIGTERM"]));
        assert_eq!(v[4]["Value"], json!(["Jane <j@x>"]));
    }

    #[test]
    fn shell_form_run_is_one_string() {
        assert_eq!(
            ok("FROM a\nRUN apt-get update && apt-get install -y curl")[1],
            e(
                "run",
                json!([]),
                json!(["apt-get update && apt-get install -y curl"]),
                0
            )
        );
    }

    #[test]
    fn json_forms() {
        let v = ok("FROM a\nCMD [\"a\", \"b\"]\nENTRYPOINT [\"/bin/x\"]\nRUN [\"sh\",\"-c\",\"x\"]\n\
                    VOLUME [\"/data\", \"/logs\"]\nSHELL [\"/bin/bash\", \"-c\"]\nCOPY [\"a b\", \"/c\"]");
        assert_eq!(v[1], j("cmd", json!([]), json!(["a", "b"]), 0));
        assert_eq!(v[2], j("entrypoint", json!([]), json!(["/bin/x"]), 0));
        assert_eq!(v[3], j("run", json!([]), json!(["sh", "-c", "x"]), 0));
        assert_eq!(v[4], j("volume", json!([]), json!(["/data", "/logs"]), 0));
        assert_eq!(v[5], j("shell", json!([]), json!(["/bin/bash", "-c"]), 0));
        assert_eq!(v[6], j("copy", json!([]), json!(["a b", "/c"]), 0));
    }

    #[test]
    fn empty_json_array_gives_null_value() {
        assert_eq!(ok("FROM a\nCMD []")[1], j("cmd", json!([]), Value::Null, 0));
    }

    #[test]
    fn json_escapes_decode_like_go() {
        assert_eq!(
            ok("FROM a\nCMD [\"tab\\there\", \"\\u00e9\", \"\\ud83d\\ude00\", \"\\ud800x\"]")[1]
                ["Value"],
            json!(["tab\there", "é", "😀", "\u{fffd}x"])
        );
    }

    #[test]
    fn invalid_json_falls_back_to_shell_form() {
        assert_eq!(
            ok("FROM a\nCMD [\"a\", b]")[1],
            e("cmd", json!([]), json!(["[\"a\", b]"]), 0)
        );
        assert_eq!(
            ok("FROM a\nCOPY [\"a\" /b")[1]["Value"],
            json!(["[\"a\"", "/b"])
        );
        // Trailing text after the array makes it shell form too.
        assert_eq!(
            ok("FROM a\nRUN [\"a\"] && b")[1]["Value"],
            json!(["[\"a\"] && b"])
        );
    }

    #[test]
    fn float_overflow_in_json_means_shell_form() {
        assert_eq!(ok("FROM a\nCMD [\"a\", 1e999]")[1]["JSON"], json!(false));
    }

    #[test]
    fn json_array_of_non_strings_is_an_error() {
        let e = err("FROM a\nCMD [\"a\", 1]");
        assert_eq!((e.line, e.column), (2, 1));
        assert!(e.message.contains("comprised of strings only"), "{e}");
        assert!(err("FROM a\nCOPY [{\"a\": [1]}, \"b\"]")
            .message
            .contains("strings only"));
    }

    // --- flags -------------------------------------------------------------

    #[test]
    fn flags_are_kept_as_written_words() {
        let v = ok("FROM --platform=$BUILDPLATFORM a AS b\n\
                    COPY --from=builder --chown=1:1 --chmod=755 /x /y\n\
                    RUN --mount=type=cache,target=/root/.cache --network=none pip install x");
        assert_eq!(v[0]["Flags"], json!(["--platform=$BUILDPLATFORM"]));
        assert_eq!(v[0]["Value"], json!(["a", "AS", "b"]));
        assert_eq!(
            v[1]["Flags"],
            json!(["--from=builder", "--chown=1:1", "--chmod=755"])
        );
        assert_eq!(v[1]["Value"], json!(["/x", "/y"]));
        assert_eq!(
            v[2]["Flags"],
            json!(["--mount=type=cache,target=/root/.cache", "--network=none"])
        );
        assert_eq!(v[2]["Value"], json!(["pip install x"]));
    }

    #[test]
    fn flag_quotes_are_stripped_and_double_dash_ends_flags() {
        let v = ok("FROM a\nRUN --mount=type=secret,id=\"my id\" -- --not-a-flag");
        assert_eq!(v[1]["Flags"], json!(["--mount=type=secret,id=my id"]));
        assert_eq!(v[1]["Value"], json!(["--not-a-flag"]));
    }

    #[test]
    fn flags_are_scanned_bytewise_like_buildkit() {
        // buildkit turns each byte of a flag into a rune: UTF-8 comes out
        // Latin-1 decoded, and conftest shows exactly that.
        assert_eq!(
            ok("FROM a\nCOPY --chown=usé a b")[1]["Flags"],
            json!(["--chown=us\u{c3}\u{a9}"])
        );
    }

    #[test]
    fn no_arguments_gives_null_flags_and_value() {
        assert_eq!(ok("FROM a\nRUN")[1], e("run", Value::Null, Value::Null, 0));
        assert_eq!(
            ok("FROM a\nRUN --network=host")[1],
            e("run", json!(["--network=host"]), Value::Null, 0)
        );
    }

    #[test]
    fn flags_buildkit_never_checks_are_kept() {
        let v = ok("ARG --x a\nFROM a\nSTOPSIGNAL --y SIGKILL");
        assert_eq!(v[0]["Flags"], json!(["--x"]));
        assert_eq!(v[2]["Flags"], json!(["--y"]));
    }

    #[test]
    fn bool_and_newer_flags_are_accepted() {
        let v = ok("FROM a\nCOPY --link --parents --exclude=*.md --exclude=*.txt a b\n\
                    ADD --link=false --keep-git-dir=true --checksum=sha256:x --unpack https://x/y.tar /z");
        assert_eq!(
            v[1]["Flags"],
            json!(["--link", "--parents", "--exclude=*.md", "--exclude=*.txt"])
        );
        assert_eq!(v[2]["Value"], json!(["https://x/y.tar", "/z"]));
    }

    #[test]
    fn flag_errors() {
        assert_eq!(err("FROM a\nRUN --foo=bar x").message, "unknown flag: foo");
        assert_eq!(
            err("FROM a\nCOPY --from=a --from=b x y").message,
            "duplicate flag specified: from"
        );
        assert_eq!(
            err("FROM a\nCOPY --from x y").message,
            "missing a value on flag: from"
        );
        assert_eq!(
            err("FROM a\nCOPY --link=maybe x y").message,
            "expecting boolean value for flag link, not: maybe"
        );
        assert_eq!(err("FROM a\nENV --x=1 a=b").message, "unknown flag: x");
        assert_eq!(err("FROM --foo a").message, "unknown flag: foo");
    }

    #[test]
    fn run_flag_values_checked_at_parse_time() {
        assert!(err("FROM a\nRUN --network=bridge x")
            .message
            .contains("invalid network mode"));
        assert!(err("FROM a\nRUN --security=root x")
            .message
            .contains("is not valid"));
        assert!(err("FROM a\nRUN --mount=from=$STAGE,target=/x x")
            .message
            .contains("doesn't support variable expansion"));
        assert!(err("FROM a\nRUN --mount= x")
            .message
            .contains("failed to parse csv mounts"));
        assert!(err("FROM a\nRUN --mount=target=\\\"x x")
            .message
            .contains("bare \""));
        // Other mount fields are only read at build time.
        assert_eq!(
            ok("FROM a\nRUN --mount=type=bogus,required --mount=type=secret,id=x y")[1]["Flags"],
            json!(["--mount=type=bogus,required", "--mount=type=secret,id=x"])
        );
    }

    // --- ONBUILD -------------------------------------------------------------

    #[test]
    fn onbuild_reports_its_trigger() {
        let v = ok(
            "FROM a\nONBUILD RUN echo hi\nONBUILD copy [\"a\", \"b\"]\nONBUILD ADD --chown=1 x y",
        );
        assert_eq!(
            v[1],
            json!({"Cmd": "onbuild", "SubCmd": "RUN", "JSON": false, "Flags": [], "Value": ["echo hi"], "Stage": 0})
        );
        // SubCmd keeps the trigger's case (buildkit no longer lower-cases it).
        assert_eq!(
            v[2],
            json!({"Cmd": "onbuild", "SubCmd": "copy", "JSON": true, "Flags": [], "Value": ["a", "b"], "Stage": 0})
        );
        // The trigger's own flags are not part of conftest's output.
        assert_eq!(v[3]["Flags"], json!([]));
        assert_eq!(v[3]["Value"], json!(["x", "y"]));
    }

    #[test]
    fn onbuild_errors() {
        assert!(err("FROM a\nONBUILD ONBUILD RUN x")
            .message
            .contains("Chaining ONBUILD"));
        assert_eq!(
            err("FROM a\nONBUILD FROM b").message,
            "FROM isn't allowed as an ONBUILD trigger"
        );
        assert_eq!(
            err("FROM a\nONBUILD").message,
            "ONBUILD requires at least one argument"
        );
    }

    #[test]
    fn onbuild_trigger_is_not_itself_checked() {
        assert_eq!(ok("FROM a\nONBUILD NOPE x")[1]["Value"], json!([""]));
        assert_eq!(ok("FROM a\nONBUILD NOPE x")[1]["SubCmd"], "NOPE");
    }

    // --- stages ----------------------------------------------------------

    #[test]
    fn stages_count_from_each_from() {
        let v = ok("ARG V=1\nFROM a AS one\nRUN x\nFROM b AS two\nRUN y\n# third\nFROM c\nCOPY --from=one / /");
        let stages: Vec<&Value> = v
            .as_array()
            .map(|a| a.iter().map(|i| &i["Stage"]).collect())
            .unwrap_or_default();
        assert_eq!(
            stages,
            [
                &json!(0),
                &json!(0),
                &json!(0),
                &json!(1),
                &json!(1),
                &json!(2),
                &json!(2),
                &json!(2)
            ]
        );
        // The comment above the third FROM belongs to the stage it opens.
        assert_eq!(v[5], comment("third", 2));
    }

    // --- comments ---------------------------------------------------------

    #[test]
    fn comments_become_entries_before_their_instruction() {
        let v = ok("# one\n# two\nFROM a\n\n# three\n\nRUN x\n# dropped at end of file\n");
        assert_eq!(
            v,
            json!([
                comment("one", 0),
                comment("two", 0),
                e("from", json!([]), json!(["a"]), 0),
                comment("three", 0),
                e("run", json!([]), json!(["x"]), 0),
            ])
        );
    }

    #[test]
    fn a_bare_hash_line_clears_the_comment_block() {
        let v = ok("FROM a\n# old\n#\n# new\nRUN x");
        assert_eq!(v[1], comment("new", 0));
        assert_eq!(v.as_array().map(Vec::len), Some(3));
    }

    #[test]
    fn indented_comment_keeps_its_hash() {
        // buildkit drops the line's first byte, not the `#`.
        assert_eq!(ok("FROM a\n  # note\nRUN x")[1], comment("# note", 0));
    }

    #[test]
    fn comments_inside_a_continuation_are_skipped() {
        let v = ok("FROM a\nRUN a \\\n# inside\n  && b");
        assert_eq!(v.as_array().map(Vec::len), Some(2));
        assert_eq!(v[1]["Value"], json!(["a   && b"]));
    }

    // --- directives -------------------------------------------------------

    #[test]
    fn parser_directives_are_not_comments() {
        let v = ok("# syntax=docker/dockerfile:1\n# check=skip=all\n# escape=\\\n# real\nFROM a");
        assert_eq!(v[0], comment("real", 0));
        assert_eq!(v.as_array().map(Vec::len), Some(2));
    }

    #[test]
    fn directives_after_a_blank_line_or_instruction_are_comments() {
        assert_eq!(ok("\n# syntax=x\nFROM a")[0], comment("syntax=x", 0));
        assert_eq!(
            ok("FROM a\n# escape=`\nRUN x \\\ny")[1],
            comment("escape=`", 0)
        );
        assert_eq!(
            ok("FROM a\n# escape=`\nRUN x \\\ny")[2]["Value"],
            json!(["x y"])
        );
    }

    #[test]
    fn directive_errors() {
        let e = err("# escape=\\\n# escape=`\nFROM a");
        assert_eq!(
            (e.line, e.message.as_str()),
            (2, "only one escape parser directive can be used")
        );
        let e = err("# escape=x\nFROM a");
        assert_eq!(e.line, 1);
        assert!(e.message.contains("invalid escape token 'x'"), "{e}");
    }

    #[test]
    fn backtick_escape_directive() {
        let v =
            ok("# escape=`\nFROM windows\nRUN dir c:\\ `\n  && echo done\nCOPY C:\\src C:\\dst");
        assert_eq!(v[1]["Value"], json!(["dir c:\\   && echo done"]));
        assert_eq!(v[2]["Value"], json!(["C:\\src", "C:\\dst"]));
        assert_eq!(
            ok("# escape=`\nFROM a\nENV A=x` y")[1]["Value"],
            json!(["A", "x` y", "="])
        );
    }

    // --- line continuations -------------------------------------------------

    #[test]
    fn continuation_joins_lines_keeping_their_indentation() {
        assert_eq!(
            ok("FROM a\nRUN apt-get update && \\\n    apt-get install -y \\\n        curl")[1]
                ["Value"],
            json!(["apt-get update &&     apt-get install -y         curl"])
        );
    }

    #[test]
    fn blank_lines_and_trailing_blanks_in_continuations() {
        assert_eq!(
            ok("FROM a\nRUN a \\  \t\n\n   \nb")[1]["Value"],
            json!(["a b"])
        );
        // A continuation still open at the end of the file just ends there.
        assert_eq!(ok("FROM a\nRUN a \\")[1]["Value"], json!(["a"]));
    }

    #[test]
    fn escaped_escape_is_not_a_continuation() {
        let v = ok("FROM a\nRUN echo \\\\\nRUN b");
        assert_eq!(v[1]["Value"], json!(["echo \\\\"]));
        assert_eq!(v[2]["Value"], json!(["b"]));
    }

    #[test]
    fn crlf_line_endings() {
        let v = ok("FROM a\r\nRUN x \\\r\n  y\r\n# c\r\nUSER me\r\n");
        assert_eq!(v[1]["Value"], json!(["x   y"]));
        assert_eq!(v[2], comment("c", 0));
        assert_eq!(v[3]["Value"], json!(["me"]));
    }

    // --- heredocs -----------------------------------------------------------

    #[test]
    fn run_heredoc_keeps_only_the_opening_line() {
        let v = ok("FROM a\nRUN <<EOF\napt-get update\nFROM not-an-instruction\nEOF\nUSER x");
        assert_eq!(v[1], e("run", json!([]), json!(["<<EOF"]), 0));
        assert_eq!(v[2]["Cmd"], "user");
        assert_eq!(v.as_array().map(Vec::len), Some(3));
    }

    #[test]
    fn copy_heredoc_and_several_on_one_line() {
        let v = ok("FROM a\nCOPY <<EOF /etc/conf\nx=1\nEOF\nCOPY <<one <<two /dst/\n1\none\n2\ntwo\nRUN <<A cat - && bash <<'B'\na\nA\nb\nB\nUSER me");
        assert_eq!(v[1]["Value"], json!(["<<EOF", "/etc/conf"]));
        assert_eq!(v[2]["Value"], json!(["<<one", "<<two", "/dst/"]));
        assert_eq!(v[3]["Value"], json!(["<<A cat - && bash <<'B'"]));
        assert_eq!(v[4]["Cmd"], "user");
    }

    #[test]
    fn heredoc_dash_and_quoted_delimiters() {
        let v = ok("FROM a\nRUN <<-EOT\n\techo hi\n\t\tEOT\nRUN <<\"END\" python3\nprint(1)\nEND\nRUN << SPACED\nx\nSPACED\nUSER me");
        assert_eq!(v[1]["Value"], json!(["<<-EOT"]));
        assert_eq!(v[2]["Value"], json!(["<<\"END\" python3"]));
        assert_eq!(v[3]["Value"], json!(["<< SPACED"]));
        assert_eq!(v[4]["Cmd"], "user");
    }

    #[test]
    fn onbuild_heredoc() {
        let v = ok("FROM a\nONBUILD RUN <<EOF\necho\nEOF\nUSER me");
        assert_eq!(v[1]["SubCmd"], "RUN");
        assert_eq!(v[1]["Value"], json!(["<<EOF"]));
        assert_eq!(v[2]["Cmd"], "user");
    }

    #[test]
    fn not_heredocs() {
        // Quoted, JSON-form, glued to a word, or on an instruction that
        // takes none: the next line is an instruction again.
        let v = ok("FROM a\nRUN echo \"<<NO\"\nRUN [\"<<NO\"]\nRUN cat<<NO\nUSER <<NO\nUSER me");
        assert_eq!(v.as_array().map(Vec::len), Some(6));
        assert_eq!(v[4]["Value"], json!(["<<NO"]));
    }

    #[test]
    fn heredoc_fd_prefix_and_bodies_read_in_order() {
        // The first body ends at the first delimiter named on the line, even
        // when the other delimiter shows up inside it.
        let v = ok("FROM a\nRUN 3<<FD cat\nx\nFD\nCOPY <<X <<Y /dest\nY\nX\nX\nY\nUSER me");
        assert_eq!(v[1]["Value"], json!(["3<<FD cat"]));
        assert_eq!(v[2]["Value"], json!(["<<X", "<<Y", "/dest"]));
        assert_eq!(v[3]["Cmd"], "user");
    }

    #[test]
    fn a_line_buildkit_cannot_lex_opens_no_heredoc() {
        let v = ok("FROM a\nRUN <<'EOF\nUSER me");
        assert_eq!(v[1]["Value"], json!(["<<'EOF"]));
        assert_eq!(v[2]["Cmd"], "user");
    }

    #[test]
    fn heredoc_errors() {
        let e = err("FROM a\nRUN <<EOF\necho hi\n");
        assert_eq!((e.line, e.column), (2, 1));
        assert!(e.message.contains("unterminated heredoc"), "{e}");
        // `<<-` only strips tabs, so a space-indented terminator never ends it.
        assert!(err("FROM a\nRUN <<-EOF\n  EOF\n")
            .message
            .contains("unterminated heredoc"));
        assert_eq!(
            err("FROM a\nCOPY x <<EOF\nEOF").message,
            "COPY cannot accept a heredoc as a destination"
        );
    }

    #[test]
    fn tabs_separate_words_and_survive_in_continuations() {
        let v = ok(
            "FROM\tubuntu:14.04\nLABEL\tmaintainer\tJane Doe <j@x> (@jd)\n\
                    RUN\tapt-get install -yq \\\n\tcurl \\\n\tgit\n\
                    ENV\tPLATFORMS\t\\\n\tlinux/386 linux/arm \\\n\tdarwin/amd64\n\
                    RUN\t/bin/echo -e '[default]\\naccess_key=$KEY' > /.s3cfg",
        );
        assert_eq!(v[0]["Value"], json!(["ubuntu:14.04"]));
        assert_eq!(
            v[1]["Value"],
            json!(["maintainer", "Jane Doe <j@x> (@jd)", ""])
        );
        assert_eq!(v[2]["Value"], json!(["apt-get install -yq \tcurl \tgit"]));
        assert_eq!(
            v[3]["Value"],
            json!(["PLATFORMS", "linux/386 linux/arm \tdarwin/amd64", ""])
        );
        assert_eq!(
            v[4]["Value"],
            json!(["/bin/echo -e '[default]\\naccess_key=$KEY' > /.s3cfg"])
        );
    }

    #[test]
    fn words_keep_quotes_and_escapes() {
        assert_eq!(
            first("ARG foo bar 'abc xyz' \"q r\" a\\ b föo")["Value"],
            json!(["foo", "bar", "'abc xyz'", "\"q r\"", "a\\ b", "föo"])
        );
        // A quote opened mid-word runs to its match; an escape at the very
        // end is dropped.
        assert_eq!(first("ARG a=\"x y\"z \\")["Value"], json!(["a=\"x y\"z"]));
    }

    // --- errors ------------------------------------------------------------

    #[test]
    fn unknown_instruction_is_an_error() {
        let e = err("FROM a\n\n  FOO bar");
        assert_eq!((e.line, e.column), (3, 3));
        assert_eq!(e.message, "unknown instruction: FOO");
    }

    #[test]
    fn argument_count_errors() {
        assert_eq!(
            err("FROM a b").message,
            "FROM requires either one or three arguments"
        );
        assert_eq!(
            err("FROM").message,
            "FROM requires either one or three arguments"
        );
        assert!(err("FROM a AS 1bad")
            .message
            .contains("invalid name for build stage"));
        assert!(err("FROM a\nCOPY x")
            .message
            .starts_with("COPY requires at least two arguments"));
        assert_eq!(err("FROM a\nENV A").message, "ENV must have two arguments");
        assert_eq!(
            err("FROM a\nENV").message,
            "ENV requires at least one argument"
        );
        assert!(err("FROM a\nENV a=b c")
            .message
            .contains("can't find = in \"c\""));
        assert_eq!(
            err("FROM a\nLABEL =x").message,
            "LABEL names can not be blank"
        );
        assert_eq!(
            err("FROM a\nUSER").message,
            "USER requires exactly one argument"
        );
        assert_eq!(
            err("FROM a\nWORKDIR").message,
            "WORKDIR requires exactly one argument"
        );
        assert_eq!(
            err("FROM a\nEXPOSE").message,
            "EXPOSE requires at least one argument"
        );
        assert_eq!(
            err("FROM a\nVOLUME [\" \"]").message,
            "VOLUME specified can not be an empty string"
        );
        assert_eq!(err("ARG").message, "ARG requires at least one argument");
        assert_eq!(err("ARG =1").message, "ARG names can not be blank");
        assert_eq!(
            err("FROM a\nSHELL /bin/sh -c").message,
            "SHELL requires the arguments to be in JSON form"
        );
    }

    #[test]
    fn healthcheck_forms_and_errors() {
        let v = ok(
            "FROM a\nHEALTHCHECK --interval=5m --timeout=3s CMD curl -f http://x/ || exit 1\n\
                    HEALTHCHECK CMD [\"curl\", \"-f\"]\nHEALTHCHECK NONE",
        );
        assert_eq!(v[1]["Flags"], json!(["--interval=5m", "--timeout=3s"]));
        assert_eq!(v[1]["Value"], json!(["CMD", "curl -f http://x/ || exit 1"]));
        assert_eq!(
            v[2],
            j("healthcheck", json!([]), json!(["CMD", "curl", "-f"]), 0)
        );
        assert_eq!(v[3]["Value"], json!(["NONE"]));
        assert_eq!(
            err("FROM a\nHEALTHCHECK CMD").message,
            "Missing command after HEALTHCHECK CMD"
        );
        assert!(err("FROM a\nHEALTHCHECK RUN x")
            .message
            .starts_with("Unknown type \"RUN\""));
        assert!(err("FROM a\nHEALTHCHECK --interval=5 CMD x")
            .message
            .contains("missing unit"));
        assert!(err("FROM a\nHEALTHCHECK --interval=1us CMD x")
            .message
            .contains("cannot be less than 1ms"));
        assert!(err("FROM a\nHEALTHCHECK --retries=-1 CMD x")
            .message
            .contains("cannot be negative"));
        assert!(err("FROM a\nHEALTHCHECK --retries=x CMD x")
            .message
            .contains("ParseInt"));
        assert!(err("FROM a\nHEALTHCHECK --timeout=3parsecs CMD x")
            .message
            .contains("unknown unit"));
        // Zero durations and retries are allowed, and so are fractions.
        assert_eq!(
            ok("FROM a\nHEALTHCHECK --start-period=0s --interval=1.5m --timeout=0 --retries=0 CMD [\"x\"]")
                [1]["JSON"],
            json!(true)
        );
        assert_eq!(
            ok("FROM a\nHEALTHCHECK   CMD   a b")[1]["Value"],
            json!(["CMD", "a b"])
        );
        assert_eq!(
            err("FROM a\nHEALTHCHECK NONE x").message,
            "HEALTHCHECK NONE takes no arguments"
        );
        // NONE returns before the flags are looked at.
        assert_eq!(
            ok("FROM a\nHEALTHCHECK --bogus NONE")[1]["Value"],
            json!(["NONE"])
        );
    }

    #[test]
    fn files_without_instructions_are_errors() {
        for text in ["", "\n\n", "# only a comment\n", "# syntax=x\n\n"] {
            assert_eq!(err(text).message, "file with no instructions", "{text:?}");
        }
    }

    #[test]
    fn over_long_line_is_an_error() {
        let text = format!("FROM a\nLABEL x={}\n", "a".repeat(70_000));
        let e = err(&text);
        assert_eq!(e.line, 2);
        assert!(e.message.contains("65535"), "{e}");
        let fits = format!("FROM a\nLABEL x={}", "a".repeat(65_535 - 8));
        assert_eq!(ok(&fits).as_array().map(Vec::len), Some(2));
    }

    #[test]
    fn parser_errors_win_over_instruction_errors() {
        // buildkit parses the whole file before checking instructions.
        let e = err("FROM a\nBOGUS x\nRUN <<EOF\n");
        assert_eq!(e.line, 3);
        assert!(e.message.contains("unterminated heredoc"), "{e}");
    }

    // --- positions --------------------------------------------------------

    #[test]
    fn positions_after_a_three_line_continuation() {
        let t = tree("FROM a\nRUN one \\\n    two \\\n    three\nUSER me");
        assert_eq!(pos(&t, 0), (1, 1));
        assert_eq!(pos(&t, 1), (2, 1));
        assert_eq!(pos(&t, 2), (5, 1));
    }

    #[test]
    fn positions_after_a_heredoc() {
        let t = tree("FROM a\nRUN <<EOF\none\ntwo\nEOF\n  USER me");
        assert_eq!(pos(&t, 1), (2, 1));
        assert_eq!(pos(&t, 2), (6, 3));
    }

    #[test]
    fn positions_of_comments_and_what_follows() {
        let t = tree("# a\n\n  # b\nFROM x\n\t# c\n\nRUN y");
        assert_eq!(pos(&t, 0), (1, 1));
        assert_eq!(pos(&t, 1), (3, 3));
        assert_eq!(pos(&t, 2), (4, 1));
        assert_eq!(pos(&t, 3), (5, 2));
        assert_eq!(pos(&t, 4), (7, 1));
    }

    #[test]
    fn entry_members_and_values_share_the_entry_position() {
        let t = tree("FROM a\n   COPY --from=a x y");
        assert_eq!(t.pos, Position::new(1, 1));
        let copy = &t.children[1];
        assert_eq!(copy.pos, Position::new(2, 4));
        assert_eq!(copy.children.len(), 6);
        assert_eq!(copy.children[3].children.len(), 1);
        assert_eq!(copy.children[4].children.len(), 2);
        assert!(copy.children[4]
            .children
            .iter()
            .all(|c| c.pos == Position::new(2, 4)));
    }

    #[test]
    fn bom_takes_no_column_and_columns_count_characters() {
        // Leading Unicode spaces are trimmed like buildkit does; each counts
        // as one column however many bytes it takes.
        let t = tree("\u{feff}FROM a\n\u{3000}\u{a0}RUN x");
        assert_eq!(pos(&t, 0), (1, 1));
        assert_eq!(pos(&t, 1), (2, 3));
    }

    #[test]
    fn errors_carry_the_instruction_position() {
        let e = err("FROM a\nRUN ok \\\n  still ok\n    COPY x");
        assert_eq!((e.line, e.column), (4, 5));
    }
}
