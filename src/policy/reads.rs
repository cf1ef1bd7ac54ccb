//! What a set of policies reads: which parts of `input`, and which
//! packages of `data`. Found from the Rego tokens, conservatively: anything
//! the scan cannot pin down (all of `input`, `input[x]`, `import input`,
//! `with input as …`, a clock or random builtin) makes it answer "all of
//! it", never less than the policies can see.
//!
//! `stream` uses it twice: to load only the helper packages a kind's rules
//! reach, and to reuse a decision for an event whose readable parts equal
//! those of an event already evaluated (Falco events differ in time stamps
//! and process ids that no rule reads; evaluating each again is most of the
//! cost of a stream).

use serde_json::Value;

/// A step of a path into `input`.
pub type Path = Vec<String>;

/// What of `input` the policies can observe.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputReads {
    /// Only these paths (none a prefix of another), sorted.
    Paths(Vec<Path>),
    /// Possibly anything, or a result that depends on more than the input;
    /// the reason names the file and line.
    Everything(String),
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Ident(String),
    /// A string literal's value; `None` when it has escapes (not decoded:
    /// such a key is treated as unknown, which only widens the reads).
    Str(Option<String>),
    Sym(char),
    Other,
}

struct Token {
    tok: Tok,
    line: u32,
    /// Nothing (no space, line break or comment) between it and the token
    /// before: regorus continues a reference only across such a gap-free
    /// `.` or `[`; `input` at a line's end followed by `["a"][_]` on the
    /// next is two expressions.
    glued: bool,
}

/// Rego's lexical structure, as far as the scan needs it: comments,
/// strings and raw strings skipped correctly, identifiers and symbols kept.
fn tokens(text: &str) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::new();
    let mut chars = text.chars().peekable();
    let mut line = 1u32;
    // Whether the next token follows a gap; set back after each token.
    let mut gap = true;
    while let Some(c) = chars.next() {
        let before = out.len();
        let glued = !gap;
        gap = false;
        match c {
            '\n' => {
                line += 1;
                gap = true;
            }
            c if c.is_whitespace() => gap = true,
            '#' => {
                while chars.peek().is_some_and(|&c| c != '\n') {
                    chars.next();
                }
                gap = true;
            }
            '"' => {
                let start = line;
                let mut s = String::new();
                let mut escaped = false;
                while let Some(c) = chars.next() {
                    match c {
                        '\\' => {
                            escaped = true;
                            chars.next();
                        }
                        '"' => break,
                        '\n' => {
                            line += 1;
                            break;
                        }
                        c => s.push(c),
                    }
                }
                out.push(Token {
                    tok: Tok::Str((!escaped).then_some(s)),
                    line: start,
                    glued: false,
                });
            }
            '`' => {
                let start = line;
                let mut s = String::new();
                for c in chars.by_ref() {
                    if c == '`' {
                        break;
                    }
                    if c == '\n' {
                        line += 1;
                    }
                    s.push(c);
                }
                out.push(Token {
                    tok: Tok::Str(Some(s)),
                    line: start,
                    glued: false,
                });
            }
            c if c.is_alphabetic() || c == '_' => {
                let mut s = String::from(c);
                while let Some(&n) = chars.peek() {
                    if n.is_alphanumeric() || n == '_' {
                        s.push(n);
                        chars.next();
                    } else {
                        break;
                    }
                }
                out.push(Token {
                    tok: Tok::Ident(s),
                    line,
                    glued: false,
                });
            }
            c if c.is_ascii_digit() => {
                while chars
                    .peek()
                    .is_some_and(|n| n.is_ascii_alphanumeric() || *n == '.')
                {
                    chars.next();
                }
                out.push(Token {
                    tok: Tok::Other,
                    line,
                    glued: false,
                });
            }
            c => out.push(Token {
                tok: Tok::Sym(c),
                line,
                glued: false,
            }),
        }
        if let Some(t) = out.get_mut(before) {
            t.glued = glued;
        }
    }
    out
}

/// The static path after the root token at `i`: `.name` and `["key"]` steps
/// written without a gap (see `Token::glued`).
fn path_after(toks: &[Token], i: usize) -> Path {
    let mut path = Vec::new();
    let mut j = i + 1;
    loop {
        let glued = |k: usize| toks.get(k).is_some_and(|t| t.glued);
        match (
            toks.get(j).map(|t| &t.tok),
            toks.get(j + 1).map(|t| &t.tok),
            toks.get(j + 2).map(|t| &t.tok),
        ) {
            (Some(Tok::Sym('.')), Some(Tok::Ident(name)), _) if glued(j) && glued(j + 1) => {
                path.push(name.clone());
                j += 2;
            }
            (Some(Tok::Sym('[')), Some(Tok::Str(Some(key))), Some(Tok::Sym(']'))) if glued(j) => {
                path.push(key.clone());
                j += 3;
            }
            _ => return path,
        }
    }
}

/// Builtins whose result is not a function of the input and data
/// (certificate verification depends on the clock).
const UNREPEATABLE: &[(&str, &[&str])] = &[
    ("time", &["now_ns"]),
    ("rand", &["intn"]),
    ("uuid", &["rfc4122"]),
    ("uuid", &["parse"]),
    ("http", &["send"]),
    ("net", &["lookup_ip_addr"]),
    ("opa", &["runtime"]),
    ("crypto", &["x509", "parse_and_verify_certificates"]),
];

/// The builtin call at token `i` whose result may differ from run to run.
fn unrepeatable_call(toks: &[Token], i: usize) -> Option<String> {
    let Tok::Ident(id) = &toks[i].tok else {
        return None;
    };
    let (ns, rest) = UNREPEATABLE.iter().find(|(ns, rest)| {
        let after = path_after(toks, i);
        ns == id && after.len() >= rest.len() && after.iter().zip(rest.iter()).all(|(a, b)| a == b)
    })?;
    Some(format!("{ns}.{}", rest.join(".")))
}

/// The first call in a policy text to a builtin whose result may differ
/// from run to run (the clock, randomness, the network, the runtime).
pub fn unrepeatable(text: &str) -> Option<String> {
    let toks = tokens(text);
    // `x.time` is a field, not the `time` builtins.
    (0..toks.len())
        .filter(|&i| i == 0 || toks[i - 1].tok != Tok::Sym('.'))
        .find_map(|i| unrepeatable_call(&toks, i))
}

/// What of `input` these policy texts (`(name, text)`) can read.
pub fn input_reads<'a>(files: impl IntoIterator<Item = (&'a str, &'a str)>) -> InputReads {
    let mut paths: Vec<Path> = Vec::new();
    for (name, text) in files {
        let toks = tokens(text);
        for (i, t) in toks.iter().enumerate() {
            let Tok::Ident(id) = &t.tok else { continue };
            let prev = i.checked_sub(1).map(|p| &toks[p].tok);
            // `x.input` is a field, not the input document.
            if prev == Some(&Tok::Sym('.')) {
                continue;
            }
            let at = |why: &str| InputReads::Everything(format!("{name}:{}: {why}", t.line));
            if let Some(call) = unrepeatable_call(&toks, i) {
                return at(&format!("calls {call}"));
            }
            if id != "input" {
                continue;
            }
            match prev {
                Some(Tok::Ident(p)) if p == "import" => return at("imports input"),
                Some(Tok::Ident(p)) if p == "with" => return at("replaces input with `with`"),
                _ => {}
            }
            let path = path_after(&toks, i);
            if path.is_empty() {
                return at("reads the whole input");
            }
            paths.push(path);
        }
    }
    paths.sort();
    paths.dedup();
    // A path under another one adds nothing: the shorter one covers it.
    let mut kept: Vec<Path> = Vec::new();
    for p in paths {
        if !kept.iter().any(|k| p.starts_with(k)) {
            kept.push(p);
        }
    }
    InputReads::Paths(kept)
}

/// The `data` paths a policy text names (`data.a.b`, `import data.a.b`);
/// `None` when it names `data` without a static path.
pub fn data_refs(text: &str) -> Option<Vec<Path>> {
    let toks = tokens(text);
    let mut out = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        if t.tok != Tok::Ident("data".into()) || (i > 0 && toks[i - 1].tok == Tok::Sym('.')) {
            continue;
        }
        let path = path_after(&toks, i);
        if path.is_empty() {
            return None;
        }
        out.push(path);
    }
    Some(out)
}

/// The parts of `value` that `paths` reach, as one string: two inputs with
/// the same key are indistinguishable to policies that read only `paths`.
/// A path that stops at a non-object keeps that value whole.
pub fn key(value: &Value, paths: &[Path]) -> String {
    let mut out = String::new();
    for path in paths {
        let mut v = value;
        let mut depth = 0;
        let mut missing = false;
        for step in path {
            match v {
                Value::Object(m) => match m.get(step) {
                    Some(next) => {
                        v = next;
                        depth += 1;
                    }
                    None => {
                        missing = true;
                        break;
                    }
                },
                _ => break,
            }
        }
        if missing {
            out.push('-');
        } else {
            // How deep the value sits keeps `{"a": {"b": 1}}` and `{"a": 1}`
            // apart when the path is `a.b`.
            out.push_str(&depth.to_string());
            out.push(':');
            out.push_str(&v.to_string());
        }
        // A control character cannot occur unescaped in JSON text.
        out.push('\u{1f}');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn reads(text: &str) -> InputReads {
        input_reads([("p.rego", text)])
    }

    fn paths(list: &[&[&str]]) -> InputReads {
        InputReads::Paths(
            list.iter()
                .map(|p| p.iter().map(|s| s.to_string()).collect())
                .collect(),
        )
    }

    #[test]
    fn static_paths_are_collected_and_covered_ones_dropped() {
        let text = r#"package p
# input.in_a_comment is not read
deny contains msg if {
    input.output_fields["proc.name"] == "sh"
    input.rule != "input.in_a_string"
    some t in input.tags
    input.tags[0]
    x := {"input": 1}
    x.input
    msg := data.p.input
}"#;
        assert_eq!(
            reads(text),
            paths(&[&["output_fields", "proc.name"], &["rule"], &["tags"]])
        );
    }

    #[test]
    fn dynamic_keys_widen_to_their_prefix() {
        assert_eq!(
            reads("package p\nf(k) := input.output_fields[k]\ng := input.a[\"b\\\"c\"]"),
            paths(&[&["a"], &["output_fields"]])
        );
    }

    #[test]
    fn a_reference_does_not_continue_across_a_gap() {
        // `input` ends its expression at the line break; `["a"][_]` is another.
        let text = "package p\nx if {\n\tev := input\n\t[\"a\"][_] == ev.rule\n}";
        assert_eq!(
            reads(text),
            InputReads::Everything("p.rego:3: reads the whole input".into())
        );
        assert_eq!(
            data_refs("package p\nx if {\n\tlib := data\n\t[\"zzz\"][_] == \"zzz\"\n}"),
            None
        );
        assert_eq!(
            reads("package p\nx := input. rule"),
            InputReads::Everything("p.rego:2: reads the whole input".into())
        );
        assert_eq!(reads("package p\nx := input[ \"a\" ]"), paths(&[&["a"]]));
    }

    #[test]
    fn what_cannot_be_pinned_down_reads_everything() {
        for (text, why) in [
            (
                "package p\nx := object.get(input, \"a\", 1)",
                "p.rego:2: reads the whole input",
            ),
            (
                "package p\n\nx := walk(input)",
                "p.rego:3: reads the whole input",
            ),
            ("package p\nimport input.a as a", "p.rego:2: imports input"),
            (
                "package p\nx := data.q.r with input as {}",
                "p.rego:2: replaces input with `with`",
            ),
            (
                "package p\nx := time.now_ns()",
                "p.rego:2: calls time.now_ns",
            ),
            (
                "package p\nx := input[k]",
                "p.rego:2: reads the whole input",
            ),
        ] {
            assert_eq!(reads(text), InputReads::Everything(why.into()), "{text}");
        }
    }

    #[test]
    fn keys_differ_only_where_a_read_path_differs() {
        let p = match reads("package p\nx := input.output_fields[\"proc.name\"]\ny := input.rule") {
            InputReads::Paths(p) => p,
            other => panic!("{other:?}"),
        };
        let a =
            json!({"rule": "r", "time": "1", "output_fields": {"proc.name": "sh", "evt.time": 1}});
        let b =
            json!({"rule": "r", "time": "2", "output_fields": {"proc.name": "sh", "evt.time": 2}});
        let c = json!({"rule": "r", "time": "2", "output_fields": {"proc.name": "bash"}});
        let d = json!({"rule": "r", "output_fields": "sh"});
        let e = json!({"output_fields": {"proc.name": "sh"}});
        assert_eq!(key(&a, &p), key(&b, &p));
        assert_ne!(key(&a, &p), key(&c, &p));
        assert_ne!(key(&a, &p), key(&d, &p));
        assert_ne!(key(&a, &p), key(&e, &p));
    }

    #[test]
    fn calls_that_may_differ_between_runs_are_found() {
        let found = |t: &str| unrepeatable(t);
        assert_eq!(found("x := time.now_ns()").as_deref(), Some("time.now_ns"));
        let verify = "ok if crypto.x509.parse_and_verify_certificates(c)";
        assert_eq!(
            found(verify).as_deref(),
            Some("crypto.x509.parse_and_verify_certificates")
        );
        assert_eq!(found("c := crypto.x509.parse_certificates(x)"), None);
        assert_eq!(found("t := input.time.now_ns"), None);
        assert_eq!(found("deny contains m if { m := \"x\" }"), None);
    }

    #[test]
    fn data_references_are_listed() {
        assert_eq!(
            data_refs(
                "package p\nimport data.lib.k8s as k\nx := data.lib.runtime.where\ny := a.data"
            ),
            Some(vec![
                vec!["lib".to_string(), "k8s".into()],
                vec!["lib".to_string(), "runtime".into(), "where".into()]
            ])
        );
        assert_eq!(
            data_refs("package p\nx := object.get(data, \"a\", 1)"),
            None
        );
    }
}
