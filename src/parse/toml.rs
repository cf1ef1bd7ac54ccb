//! TOML text → `serde_json::Value` plus a [`PosTree`] of where every entry
//! starts. The `toml` crate parses; this module turns its spanned document
//! into the JSON data model that policies see.

use ::toml::de::{DeTable, DeValue};
use ::toml::Spanned;
use serde_json::{Map, Number, Value};

use crate::parse::SyntaxError;
use crate::source_map::{LineIndex, PosTree, Position};

/// Parse a TOML document. Table members are in document order (their keys'
/// order in the text), whatever order the `toml` crate's map keeps.
pub fn parse(text: &str) -> Result<(Value, PosTree), SyntaxError> {
    let locate = Locator {
        text,
        index: LineIndex::new(text),
    };
    let root = DeTable::parse(text).map_err(|err| {
        let pos = locate.position(err.span().map_or(0, |span| span.start));
        SyntaxError::new(pos.line, pos.column, one_line(err.message()))
    })?;
    let (value, children) = locate.table(root.get_ref())?;
    let tree = PosTree {
        pos: Position::new(1, 1),
        children,
    };
    Ok((value, tree))
}

struct Locator<'t> {
    text: &'t str,
    index: LineIndex,
}

impl Locator<'_> {
    fn position(&self, offset: usize) -> Position {
        let mut pos = self.index.position(self.text, offset);
        // Editors do not show a BOM, so it takes no column (as in JSON).
        if pos.line == 1 && pos.column > 1 && self.text.starts_with('\u{feff}') {
            pos.column -= 1;
        }
        pos
    }

    fn table(&self, table: &DeTable<'_>) -> Result<(Value, Vec<PosTree>), SyntaxError> {
        let mut members: Vec<_> = table.iter().collect();
        members.sort_by_key(|(key, _)| key.span().start);
        let mut map = Map::new();
        let mut children = Vec::with_capacity(members.len());
        for (key, value) in members {
            let pos = self.position(key.span().start);
            let (value, grandchildren) = self.value(value)?;
            map.insert(key.get_ref().to_string(), value);
            children.push(PosTree {
                pos,
                children: grandchildren,
            });
        }
        Ok((Value::Object(map), children))
    }

    /// Convert one value; returns it with its children's trees (the caller
    /// knows the position the value's own node gets).
    fn value(&self, value: &Spanned<DeValue<'_>>) -> Result<(Value, Vec<PosTree>), SyntaxError> {
        let converted = match value.get_ref() {
            DeValue::String(s) => Value::String(s.to_string()),
            DeValue::Integer(int) => {
                let digits = int.as_str().replace('_', "");
                let n = i64::from_str_radix(&digits, int.radix())
                    .map_err(|_| self.error(value, "integer out of range"))?;
                Value::Number(Number::from(n))
            }
            DeValue::Float(float) => float_value(&float.as_str().replace('_', ""))
                .ok_or_else(|| self.error(value, "float out of range"))?,
            DeValue::Boolean(b) => Value::Bool(*b),
            DeValue::Datetime(dt) => Value::String(dt.to_string()),
            DeValue::Array(items) => {
                let mut out = Vec::with_capacity(items.len());
                let mut children = Vec::with_capacity(items.len());
                for item in items.iter() {
                    let pos = self.position(item.span().start);
                    let (item_value, grandchildren) = self.value(item)?;
                    out.push(item_value);
                    children.push(PosTree {
                        pos,
                        children: grandchildren,
                    });
                }
                return Ok((Value::Array(out), children));
            }
            DeValue::Table(table) => return self.table(table),
        };
        Ok((converted, Vec::new()))
    }

    fn error(&self, value: &Spanned<DeValue<'_>>, message: &str) -> SyntaxError {
        let pos = self.position(value.span().start);
        SyntaxError::new(pos.line, pos.column, message)
    }
}

/// JSON has no infinities or NaN, so those become the strings a TOML
/// reader would recognise; every other float is a plain number.
fn float_value(text: &str) -> Option<Value> {
    let special = match text {
        "inf" | "+inf" => Some("inf"),
        "-inf" => Some("-inf"),
        "nan" | "+nan" | "-nan" => Some("nan"),
        _ => None,
    };
    if let Some(s) = special {
        return Some(Value::String(s.to_owned()));
    }
    let f: f64 = text.parse().ok()?;
    Number::from_f64(f).map(Value::Number)
}

/// The toml crate's messages can span lines; a diagnostic wants one.
fn one_line(message: &str) -> String {
    message.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::parse;
    use crate::source_map::{assert_mirrors, PosTree, Position};
    use serde_json::{json, Value};

    fn pos(line: u32, column: u32) -> Position {
        Position::new(line, column)
    }

    fn ok(text: &str) -> (Value, PosTree) {
        let (value, tree) = parse(text).unwrap_or_else(|e| panic!("{text:?}: {e}"));
        assert_mirrors(&value, &tree);
        (value, tree)
    }

    fn err(text: &str) -> (u32, u32, String) {
        match parse(text) {
            Ok((value, _)) => panic!("{text:?} parsed: {value}"),
            Err(e) => {
                assert!(!e.trailing_content);
                (e.line, e.column, e.message)
            }
        }
    }

    fn keys(value: &Value) -> Vec<String> {
        value
            .as_object()
            .map(|m| m.keys().cloned().collect())
            .unwrap_or_default()
    }

    fn positions(tree: &PosTree) -> Vec<Position> {
        tree.children.iter().map(|c| c.pos).collect()
    }

    #[test]
    fn top_level_keys_and_root() {
        let (value, tree) = ok("# comment\ntitle = \"x\"\n\n  count = 3\nok = true\n");
        assert_eq!(value, json!({"title": "x", "count": 3, "ok": true}));
        assert_eq!(tree.pos, pos(1, 1));
        assert_eq!(positions(&tree), [pos(2, 1), pos(4, 3), pos(5, 1)]);
    }

    #[test]
    fn empty_document() {
        let (value, tree) = ok("");
        assert_eq!(value, json!({}));
        assert_eq!(tree, PosTree::leaf(pos(1, 1)));
        assert_eq!(ok("# only a comment\n").0, json!({}));
    }

    #[test]
    fn tables_sit_at_their_header_key() {
        let text = "a = 1\n\n[server]\nhost = \"h\"\nports = [\n  80,\n  443,\n]\n\n[server.tls]\non = false\n";
        let (value, tree) = ok(text);
        assert_eq!(
            value,
            json!({"a": 1, "server": {"host": "h", "ports": [80, 443], "tls": {"on": false}}})
        );
        let server = &tree.children[1];
        assert_eq!(server.pos, pos(3, 2));
        assert_eq!(positions(server), [pos(4, 1), pos(5, 1), pos(10, 9)]);
        assert_eq!(positions(&server.children[1]), [pos(6, 3), pos(7, 3)]);
        assert_eq!(positions(&server.children[2]), [pos(11, 1)]);
    }

    #[test]
    fn arrays_of_tables() {
        let text = "[[fruit]]\nname = \"apple\"\n\n[[fruit]]\nname = \"banana\"\n[fruit.color]\nv = \"yellow\"\n";
        let (value, tree) = ok(text);
        assert_eq!(
            value,
            json!({"fruit": [{"name": "apple"}, {"name": "banana", "color": {"v": "yellow"}}]})
        );
        let fruit = &tree.children[0];
        assert_eq!(fruit.pos, pos(1, 3));
        // Each element sits at its own `[[fruit]]` header.
        assert_eq!(positions(fruit), [pos(1, 1), pos(4, 1)]);
        assert_eq!(positions(&fruit.children[0]), [pos(2, 1)]);
        assert_eq!(positions(&fruit.children[1]), [pos(5, 1), pos(6, 8)]);
        assert_eq!(positions(&fruit.children[1].children[1]), [pos(7, 1)]);
    }

    #[test]
    fn inline_tables_and_arrays_on_one_line() {
        let (value, tree) = ok("a = { b = 1, c = { d = [2, 3] } }\n");
        assert_eq!(value, json!({"a": {"b": 1, "c": {"d": [2, 3]}}}));
        let a = &tree.children[0];
        assert_eq!(a.pos, pos(1, 1));
        assert_eq!(positions(a), [pos(1, 7), pos(1, 14)]);
        let d = &a.children[1].children[0];
        assert_eq!(d.pos, pos(1, 20));
        assert_eq!(positions(d), [pos(1, 25), pos(1, 28)]);
    }

    #[test]
    fn dotted_keys() {
        let (value, tree) = ok("x = 0\na.b.c = 1\na.d = 2\n");
        assert_eq!(value, json!({"x": 0, "a": {"b": {"c": 1}, "d": 2}}));
        let a = &tree.children[1];
        assert_eq!(a.pos, pos(2, 1));
        assert_eq!(positions(a), [pos(2, 3), pos(3, 3)]);
        assert_eq!(positions(&a.children[0]), [pos(2, 5)]);
    }

    #[test]
    fn members_are_in_document_order() {
        let (value, tree) = ok("z = 1\na = 2\n[m]\n[b]\nk = 3\n");
        assert_eq!(keys(&value), ["z", "a", "m", "b"]);
        assert_eq!(
            positions(&tree),
            [pos(1, 1), pos(2, 1), pos(3, 2), pos(4, 2)]
        );
    }

    #[test]
    fn datetimes_become_their_toml_text() {
        let text = "odt = 1979-05-27T07:32:00-08:00\nutc = 1979-05-27T07:32:00Z\n\
                    ldt = 1979-05-27T00:32:00.999999\nld = 1979-05-27\nlt = 07:32:00\n";
        let (value, tree) = ok(text);
        assert_eq!(
            value,
            json!({
                "odt": "1979-05-27T07:32:00-08:00",
                "utc": "1979-05-27T07:32:00Z",
                "ldt": "1979-05-27T00:32:00.999999",
                "ld": "1979-05-27",
                "lt": "07:32:00",
            })
        );
        let lines: Vec<_> = positions(&tree).iter().map(|p| p.line).collect();
        assert_eq!(lines, [1, 2, 3, 4, 5]);
    }

    #[test]
    fn integers_and_floats() {
        let text = "h = 0xdead_BEEF\no = 0o17\nb = 0b101\nn = -12\np = +7\nu = 1_000\n\
                    big = 9223372036854775807\nsmall = -9223372036854775808\n\
                    f = 6.02e23\ng = -1e-3\ne = 1_000.5\nz = -0.0\n";
        let (value, _) = ok(text);
        assert_eq!(
            value,
            json!({
                "h": 0xdead_beef_i64, "o": 15, "b": 5, "n": -12, "p": 7, "u": 1000,
                "big": i64::MAX, "small": i64::MIN,
                "f": 6.02e23, "g": -0.001, "e": 1000.5, "z": -0.0,
            })
        );
        assert!(value["u"].is_i64() && value["f"].is_f64());
    }

    #[test]
    fn infinities_and_nan_become_strings() {
        let (value, _) = ok("a = inf\nb = +inf\nc = -inf\nd = nan\ne = +nan\nf = -nan\n");
        assert_eq!(
            value,
            json!({"a": "inf", "b": "inf", "c": "-inf", "d": "nan", "e": "nan", "f": "nan"})
        );
    }

    #[test]
    fn strings_and_following_lines() {
        let text =
            "s = \"\"\"\nline1\nline2\n\"\"\"\nnext = 'lit\\n'\n\"quoted key\" = \"\\u00e9\\t\"\n";
        let (value, tree) = ok(text);
        assert_eq!(
            value,
            json!({"s": "line1\nline2\n", "next": "lit\\n", "quoted key": "é\t"})
        );
        assert_eq!(positions(&tree), [pos(1, 1), pos(5, 1), pos(6, 1)]);
    }

    #[test]
    fn columns_count_chars() {
        let (_, tree) = ok("\"ké\" = { \"ü😀\" = 1, x = [\"日本\", 2] }\n");
        let outer = &tree.children[0];
        assert_eq!(positions(outer), [pos(1, 10), pos(1, 20)]);
        assert_eq!(positions(&outer.children[1]), [pos(1, 25), pos(1, 31)]);
    }

    #[test]
    fn crlf_and_bom() {
        let (value, tree) = ok("\u{feff}a = 1\r\n[t]\r\nb = 2\r\n");
        assert_eq!(value, json!({"a": 1, "t": {"b": 2}}));
        assert_eq!(positions(&tree), [pos(1, 1), pos(2, 2)]);
        assert_eq!(positions(&tree.children[1]), [pos(3, 1)]);
    }

    #[test]
    fn syntax_errors_have_positions_and_one_line_messages() {
        let cases = [
            ("a = 1\nb = \n", 2, 5),
            ("a = 1\na = 2\n", 2, 1),
            ("[a]\nx = 1\n[a]\n", 3, 2),
            ("a = \"abc\n", 1, 9),
            ("a = [1,\n2,,]\n", 2, 3),
            ("[[x]]\n[x]\n", 2, 2),
            ("a.b = 1\na = 2\n", 2, 1),
        ];
        for (text, line, column) in cases {
            let (l, c, message) = err(text);
            assert_eq!((l, c), (line, column), "{text:?}: {message}");
            assert!(
                !message.is_empty() && !message.contains('\n'),
                "{message:?}"
            );
        }
        assert_eq!(err("a = 1\na = 2\n").2, "duplicate key");
    }

    #[test]
    fn out_of_range_numbers_are_errors() {
        assert_eq!(
            err("ok = 1\na = 9223372036854775808\n"),
            (2, 5, "integer out of range".to_string())
        );
        assert_eq!(
            err("a = [1e400]\n"),
            (1, 6, "float out of range".to_string())
        );
    }
}
