//! Terraform's built-in functions, as far as a static reading can run
//! them. An unknown argument gives an unknown result; a function that
//! depends on the machine or the clock (`timestamp`, `uuid`, `abspath`) or on
//! a provider is unknown too, so a gate's result never depends on when or
//! where it runs.

use std::cell::Cell;
use std::collections::BTreeMap;

use super::value::{err, format_number, to_set, EvalError, R, V};

/// Unwrap a known value or answer "unknown".
macro_rules! known {
    ($e:expr) => {
        match $e {
            Some(v) => v,
            None => return Ok(V::unknown()),
        }
    };
}

/// Unwrap a known value or answer "not known" from a helper.
macro_rules! opt {
    ($e:expr) => {
        match $e {
            Some(v) => v,
            None => return Ok(None),
        }
    };
}

fn arity(name: &str, args: &[V], min: usize, max: usize) -> Result<(), EvalError> {
    if args.len() < min || args.len() > max {
        return err(format!(
            "{name}() takes {} argument(s), not {}",
            if min == max {
                min.to_string()
            } else {
                format!("{min} to {max}")
            },
            args.len()
        ));
    }
    Ok(())
}

fn s(v: &V) -> Result<Option<String>, EvalError> {
    v.as_string()
}

fn n(v: &V) -> Result<Option<f64>, EvalError> {
    v.as_number()
}

fn int(v: &V) -> Result<Option<i64>, EvalError> {
    match v.as_number()? {
        None => Ok(None),
        Some(x) if x.fract() == 0.0 && x.abs() < 9.0e15 => Ok(Some(x as i64)),
        Some(x) => err(format!("{} is not a whole number", format_number(x))),
    }
}

/// A list (or set, or tuple) argument whose elements may still be unknown.
fn list(v: &V) -> Result<Option<Vec<V>>, EvalError> {
    match v {
        V::List(items) => Ok(Some(items.clone())),
        V::Unknown(_) => Ok(None),
        other => err(format!("a {} is not a list", other.type_name())),
    }
}

fn map(v: &V) -> Result<Option<BTreeMap<String, V>>, EvalError> {
    match v {
        V::Map(m) => Ok(Some(m.clone())),
        V::Unknown(_) => Ok(None),
        other => err(format!("a {} is not a map", other.type_name())),
    }
}

fn strs(items: &[V]) -> Result<Option<Vec<String>>, EvalError> {
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        out.push(opt!(s(item)?));
    }
    Ok(Some(out))
}

fn str_list(items: Vec<String>) -> V {
    V::List(items.into_iter().map(V::Str).collect())
}

pub fn call(name: &str, args: Vec<V>, fuel: &Cell<u64>) -> R {
    let a = &args;
    match name {
        // Strings.
        "lower" | "upper" | "title" | "trimspace" | "chomp" | "strrev" => {
            arity(name, a, 1, 1)?;
            let x = known!(s(&a[0])?);
            Ok(V::Str(match name {
                "lower" => x.to_lowercase(),
                "upper" => x.to_uppercase(),
                "title" => title(&x),
                "trimspace" => x.trim().to_owned(),
                "chomp" => x.trim_end_matches(['\n', '\r']).to_owned(),
                _ => x.chars().rev().collect(),
            }))
        }
        "trim" | "trimprefix" | "trimsuffix" | "startswith" | "endswith" | "strcontains" => {
            arity(name, a, 2, 2)?;
            let (x, y) = (known!(s(&a[0])?), known!(s(&a[1])?));
            Ok(match name {
                "trim" => V::Str(x.trim_matches(|c| y.contains(c)).to_owned()),
                "trimprefix" => V::Str(x.strip_prefix(y.as_str()).unwrap_or(&x).to_owned()),
                "trimsuffix" => V::Str(x.strip_suffix(y.as_str()).unwrap_or(&x).to_owned()),
                "startswith" => V::Bool(x.starts_with(&y)),
                "endswith" => V::Bool(x.ends_with(&y)),
                _ => V::Bool(x.contains(&y)),
            })
        }
        "indent" => {
            arity(name, a, 2, 2)?;
            let (w, x) = (known!(int(&a[0])?), known!(s(&a[1])?));
            let w = w.clamp(0, 1024) as usize;
            fits(x.len() + x.matches('\n').count() * w)?;
            let pad = " ".repeat(w);
            Ok(V::Str(x.replace('\n', &format!("\n{pad}"))))
        }
        "substr" => {
            arity(name, a, 3, 3)?;
            let x = known!(s(&a[0])?);
            let (off, len) = (known!(int(&a[1])?), known!(int(&a[2])?));
            let chars: Vec<char> = x.chars().collect();
            let total = chars.len() as i64;
            let start = if off < 0 { total + off } else { off };
            if start < 0 || start > total {
                return err("substr offset out of range");
            }
            let end = if len < 0 {
                total
            } else {
                (start + len).min(total)
            };
            Ok(V::Str(chars[start as usize..end as usize].iter().collect()))
        }
        "split" => {
            arity(name, a, 2, 2)?;
            let (sep, x) = (known!(s(&a[0])?), known!(s(&a[1])?));
            // As Go's strings.Split: "" splits into [""].
            if sep.is_empty() {
                return Ok(str_list(x.chars().map(String::from).collect()));
            }
            Ok(str_list(x.split(sep.as_str()).map(String::from).collect()))
        }
        "join" => {
            if a.len() < 2 {
                return err("join() takes a separator and at least one list");
            }
            let sep = known!(s(&a[0])?);
            let mut parts = Vec::new();
            for l in &a[1..] {
                let items = known!(list(l)?);
                parts.extend(known!(strs(&items)?));
            }
            fits(parts.iter().map(|p| p.len() + sep.len()).sum())?;
            Ok(V::Str(parts.join(&sep)))
        }
        "replace" => {
            arity(name, a, 3, 3)?;
            let (x, from, to) = (known!(s(&a[0])?), known!(s(&a[1])?), known!(s(&a[2])?));
            if from.len() > 1 && from.starts_with('/') && from.ends_with('/') {
                let re = regex(&from[1..from.len() - 1])?;
                // `$0$0…` can make each match longer than `to` itself.
                let per = to.len() * (1 + to.matches('$').count());
                fits(x.len() + re.find_iter(&x).count() * per)?;
                return Ok(V::Str(re.replace_all(&x, to.as_str()).into_owned()));
            }
            let matches = if from.is_empty() {
                x.chars().count() + 1
            } else {
                x.matches(from.as_str()).count()
            };
            fits(x.len() + matches * to.len())?;
            Ok(V::Str(x.replace(from.as_str(), &to)))
        }
        "regex" | "regexall" => {
            arity(name, a, 2, 2)?;
            let (p, x) = (known!(s(&a[0])?), known!(s(&a[1])?));
            let re = regex(&p)?;
            let one = |c: regex::Captures<'_>| -> V {
                let names: Vec<Option<&str>> = re.capture_names().collect();
                if names.iter().skip(1).any(Option::is_some) {
                    V::Map(
                        names
                            .iter()
                            .enumerate()
                            .filter_map(|(i, n)| {
                                let n = (*n)?;
                                let m = c.get(i).map_or(String::new(), |m| m.as_str().into());
                                Some((n.to_owned(), V::Str(m)))
                            })
                            .collect(),
                    )
                } else if c.len() > 1 {
                    V::List(
                        (1..c.len())
                            .map(|i| V::Str(c.get(i).map_or(String::new(), |m| m.as_str().into())))
                            .collect(),
                    )
                } else {
                    V::Str(c.get(0).map_or(String::new(), |m| m.as_str().into()))
                }
            };
            if name == "regex" {
                re.captures(&x)
                    .map(one)
                    .ok_or_else(|| EvalError("pattern did not match".into()))
            } else {
                Ok(V::List(re.captures_iter(&x).map(one).collect()))
            }
        }
        "format" => {
            if a.is_empty() {
                return err("format() needs a format string");
            }
            let spec = known!(s(&a[0])?);
            Ok(format(&spec, &a[1..])?.map_or(V::unknown(), V::Str))
        }
        "formatlist" => {
            if a.is_empty() {
                return err("formatlist() needs a format string");
            }
            let spec = known!(s(&a[0])?);
            let mut len: Option<usize> = None;
            for arg in &a[1..] {
                match arg {
                    V::Unknown(_) => return Ok(V::unknown()),
                    V::List(items) => match len {
                        Some(l) if l != items.len() => {
                            return err("formatlist() lists must have the same length")
                        }
                        _ => len = Some(items.len()),
                    },
                    _ => {}
                }
            }
            let mut out = Vec::new();
            for i in 0..len.unwrap_or(1) {
                let row: Vec<V> = a[1..]
                    .iter()
                    .map(|arg| match arg {
                        V::List(items) => items[i].clone(),
                        other => other.clone(),
                    })
                    .collect();
                out.push(format(&spec, &row)?.map_or(V::unknown(), V::Str));
            }
            Ok(V::List(out))
        }

        // Numbers.
        "abs" | "ceil" | "floor" | "signum" => {
            arity(name, a, 1, 1)?;
            let x = known!(n(&a[0])?);
            Ok(V::Num(match name {
                "abs" => x.abs(),
                "ceil" => x.ceil(),
                "floor" => x.floor(),
                _ => x.signum() * if x == 0.0 { 0.0 } else { 1.0 },
            }))
        }
        "pow" | "log" => {
            arity(name, a, 2, 2)?;
            let (x, y) = (known!(n(&a[0])?), known!(n(&a[1])?));
            Ok(V::Num(if name == "pow" { x.powf(y) } else { x.log(y) }))
        }
        "min" | "max" => {
            let mut nums = Vec::new();
            for arg in a {
                nums.push(known!(n(arg)?));
            }
            let pick = if name == "min" { f64::min } else { f64::max };
            nums.into_iter()
                .reduce(pick)
                .map(V::Num)
                .ok_or_else(|| EvalError(format!("{name}() needs at least one number")))
        }
        "parseint" => {
            arity(name, a, 2, 2)?;
            let (x, base) = (known!(s(&a[0])?), known!(int(&a[1])?));
            let base = u32::try_from(base).ok().filter(|b| (2..=62).contains(b));
            let Some(base) = base.filter(|b| *b <= 36) else {
                return err("parseint() base out of range");
            };
            i64::from_str_radix(&x, base)
                .map(|i| V::Num(i as f64))
                .map_err(|e| EvalError(e.to_string()))
        }
        "sum" => {
            arity(name, a, 1, 1)?;
            let items = known!(a[0].elements()?);
            let mut total = 0.0;
            for i in &items {
                total += known!(n(i)?);
            }
            Ok(V::Num(total))
        }

        // Collections.
        "length" => {
            arity(name, a, 1, 1)?;
            Ok(match &a[0] {
                V::List(items) => V::Num(items.len() as f64),
                V::Map(m) => V::Num(m.len() as f64),
                V::Str(x) => V::Num(x.chars().count() as f64),
                V::Unknown(_) => V::unknown(),
                other => return err(format!("length() of a {}", other.type_name())),
            })
        }
        "keys" => {
            arity(name, a, 1, 1)?;
            let m = known!(map(&a[0])?);
            Ok(str_list(m.into_keys().collect()))
        }
        "values" => {
            arity(name, a, 1, 1)?;
            let m = known!(map(&a[0])?);
            Ok(V::List(m.into_values().collect()))
        }
        "lookup" => {
            arity(name, a, 2, 3)?;
            let key = known!(s(&a[1])?);
            match &a[0] {
                V::Map(m) => match (m.get(&key), a.get(2)) {
                    (Some(v), _) => Ok(v.clone()),
                    (None, Some(d)) => Ok(d.clone()),
                    (None, None) => err(format!("no key \"{key}\"")),
                },
                V::Unknown(_) => Ok(V::unknown()),
                other => err(format!("lookup() in a {}", other.type_name())),
            }
        }
        "merge" => {
            let mut out = BTreeMap::new();
            for arg in a {
                match arg {
                    V::Null => {}
                    V::Map(m) => out.extend(m.iter().map(|(k, v)| (k.clone(), v.clone()))),
                    V::Unknown(_) => return Ok(V::unknown()),
                    other => return err(format!("merge() of a {}", other.type_name())),
                }
            }
            Ok(V::Map(out))
        }
        "concat" => {
            let mut out = Vec::new();
            for arg in a {
                out.extend(known!(list(arg)?));
            }
            Ok(V::List(out))
        }
        "flatten" => {
            arity(name, a, 1, 1)?;
            let mut out = Vec::new();
            if !flatten(&a[0], &mut out, 0)? {
                return Ok(V::unknown());
            }
            Ok(V::List(out))
        }
        "contains" => {
            arity(name, a, 2, 2)?;
            let items = known!(a[0].elements()?);
            if !a[1].is_known() {
                return Ok(V::unknown());
            }
            if items.contains(&a[1]) {
                return Ok(V::Bool(true));
            }
            Ok(if items.iter().all(V::is_known) {
                V::Bool(false)
            } else {
                V::unknown()
            })
        }
        "element" => {
            arity(name, a, 2, 2)?;
            let items = known!(list(&a[0])?);
            let i = known!(int(&a[1])?);
            if items.is_empty() {
                return err("element() of an empty list");
            }
            if i < 0 {
                return err("element() index must not be negative");
            }
            Ok(items[(i as usize) % items.len()].clone())
        }
        "index" => {
            arity(name, a, 2, 2)?;
            let items = known!(list(&a[0])?);
            if !a[1].is_known() || !items.iter().all(V::is_known) {
                return Ok(V::unknown());
            }
            items
                .iter()
                .position(|x| *x == a[1])
                .map(|i| V::Num(i as f64))
                .ok_or_else(|| EvalError("index(): value not found".into()))
        }
        "distinct" => {
            arity(name, a, 1, 1)?;
            let items = known!(list(&a[0])?);
            if !items.iter().all(V::is_known) {
                return Ok(V::unknown());
            }
            let mut out: Vec<V> = Vec::new();
            for i in items {
                if !out.contains(&i) {
                    out.push(i);
                }
            }
            Ok(V::List(out))
        }
        "compact" => {
            arity(name, a, 1, 1)?;
            let items = known!(list(&a[0])?);
            let mut out = Vec::new();
            for i in items {
                match i {
                    V::Null => {}
                    V::Str(x) if x.is_empty() => {}
                    V::Unknown(_) => return Ok(V::unknown()),
                    other => out.push(other),
                }
            }
            Ok(V::List(out))
        }
        "reverse" => {
            arity(name, a, 1, 1)?;
            let mut items = known!(list(&a[0])?);
            items.reverse();
            Ok(V::List(items))
        }
        "sort" => {
            arity(name, a, 1, 1)?;
            let items = known!(list(&a[0])?);
            let mut out = known!(strs(&items)?);
            out.sort();
            Ok(str_list(out))
        }
        "slice" => {
            arity(name, a, 3, 3)?;
            let items = known!(list(&a[0])?);
            let (from, to) = (known!(int(&a[1])?), known!(int(&a[2])?));
            if from < 0 || to < from || to as usize > items.len() {
                return err("slice() indices out of range");
            }
            Ok(V::List(items[from as usize..to as usize].to_vec()))
        }
        "range" => {
            arity(name, a, 1, 3)?;
            let mut nums = Vec::new();
            for arg in a {
                nums.push(known!(n(arg)?));
            }
            let (start, end, step) = match nums.as_slice() {
                [end] => (0.0, *end, 1.0),
                [start, end] => (*start, *end, if start <= end { 1.0 } else { -1.0 }),
                [start, end, step] => (*start, *end, *step),
                _ => return err("range() takes 1 to 3 numbers"),
            };
            let count = ((end - start) / step).ceil();
            if step == 0.0 || !count.is_finite() || count > 1024.0 * 1024.0 {
                return err("range() too long or with a zero step");
            }
            // Counted first: once values are large, `x += step` could stand still.
            let count = count.max(0.0) as usize;
            burn(fuel, count)?;
            let out: Vec<V> = (0..count)
                .map(|i| V::Num(start + i as f64 * step))
                .collect();
            Ok(V::List(out))
        }
        "zipmap" => {
            arity(name, a, 2, 2)?;
            let keys = known!(list(&a[0])?);
            let vals = known!(list(&a[1])?);
            if keys.len() != vals.len() {
                return err("zipmap() lists must have the same length");
            }
            let keys = known!(strs(&keys)?);
            Ok(V::Map(keys.into_iter().zip(vals).collect()))
        }
        "coalesce" => {
            for arg in a {
                match arg {
                    V::Unknown(_) => return Ok(V::unknown()),
                    V::Null => {}
                    V::Str(x) if x.is_empty() => {}
                    other => return Ok(other.clone()),
                }
            }
            err("coalesce(): no non-null, non-empty argument")
        }
        "coalescelist" => {
            for arg in a {
                let items = known!(list(arg)?);
                if !items.is_empty() {
                    return Ok(V::List(items));
                }
            }
            Ok(V::List(Vec::new()))
        }
        "one" => {
            arity(name, a, 1, 1)?;
            let items = known!(list(&a[0])?);
            match items.len() {
                0 => Ok(V::Null),
                1 => Ok(items[0].clone()),
                _ => err("one() of a list with more than one element"),
            }
        }
        "alltrue" | "anytrue" => {
            arity(name, a, 1, 1)?;
            let items = known!(list(&a[0])?);
            let want = name == "anytrue";
            let mut unknown = false;
            for i in &items {
                match i.as_bool()? {
                    Some(b) if b == want => return Ok(V::Bool(want)),
                    Some(_) => {}
                    None => unknown = true,
                }
            }
            Ok(if unknown {
                V::unknown()
            } else {
                V::Bool(!want)
            })
        }
        "setunion" | "setintersection" | "setsubtract" => {
            let mut sets = Vec::new();
            for arg in a {
                let items = known!(list(arg)?);
                if !items.iter().all(V::is_known) {
                    return Ok(V::unknown());
                }
                sets.push(items);
            }
            let Some(first) = sets.first().cloned() else {
                return err(format!("{name}() needs at least one set"));
            };
            let out: Vec<V> = match name {
                "setunion" => sets.into_iter().flatten().collect(),
                "setintersection" => first
                    .into_iter()
                    .filter(|x| sets.iter().all(|s| s.contains(x)))
                    .collect(),
                _ => first
                    .into_iter()
                    .filter(|x| sets.iter().skip(1).all(|s| !s.contains(x)))
                    .collect(),
            };
            Ok(to_set(out))
        }
        "setproduct" => {
            let mut total: usize = 1;
            for arg in a {
                let n = known!(list(arg)?).len();
                total = total.saturating_mul(n);
            }
            if total > 256 * 1024 {
                return err("setproduct(): too many combinations");
            }
            burn(fuel, total)?;
            let mut rows: Vec<Vec<V>> = vec![Vec::new()];
            for arg in a {
                let items = known!(list(arg)?);
                let mut next = Vec::new();
                for r in &rows {
                    for i in &items {
                        let mut row = r.clone();
                        row.push(i.clone());
                        next.push(row);
                    }
                }
                rows = next;
            }
            Ok(V::List(rows.into_iter().map(V::List).collect()))
        }
        "chunklist" => {
            arity(name, a, 2, 2)?;
            let items = known!(list(&a[0])?);
            let size = known!(int(&a[1])?);
            if size < 0 {
                return err("chunklist() size must not be negative");
            }
            if size == 0 {
                return Ok(V::List(vec![V::List(items)]));
            }
            Ok(V::List(
                items
                    .chunks(size as usize)
                    .map(|c| V::List(c.to_vec()))
                    .collect(),
            ))
        }
        "transpose" => {
            arity(name, a, 1, 1)?;
            let m = known!(map(&a[0])?);
            let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
            for (k, v) in m {
                let items = known!(list(&v)?);
                for i in known!(strs(&items)?) {
                    out.entry(i).or_default().push(k.clone());
                }
            }
            Ok(V::Map(
                out.into_iter().map(|(k, v)| (k, str_list(v))).collect(),
            ))
        }
        "matchkeys" => {
            arity(name, a, 3, 3)?;
            let vals = known!(list(&a[0])?);
            let keys = known!(list(&a[1])?);
            let search = known!(list(&a[2])?);
            if vals.len() != keys.len() {
                return err("matchkeys() lists must have the same length");
            }
            if !keys.iter().chain(&search).all(V::is_known) {
                return Ok(V::unknown());
            }
            Ok(V::List(
                vals.into_iter()
                    .zip(keys)
                    .filter(|(_, k)| search.contains(k))
                    .map(|(v, _)| v)
                    .collect(),
            ))
        }

        // Type conversions.
        "tolist" => {
            arity(name, a, 1, 1)?;
            Ok(V::List(known!(list(&a[0])?)))
        }
        "toset" => {
            arity(name, a, 1, 1)?;
            let items = known!(list(&a[0])?);
            if !items.iter().all(V::is_known) {
                return Ok(V::unknown());
            }
            Ok(to_set(items))
        }
        "tomap" => {
            arity(name, a, 1, 1)?;
            Ok(V::Map(known!(map(&a[0])?)))
        }
        "tostring" => {
            arity(name, a, 1, 1)?;
            if a[0] == V::Null {
                return Ok(V::Null);
            }
            Ok(V::Str(known!(s(&a[0])?)))
        }
        "tonumber" => {
            arity(name, a, 1, 1)?;
            if a[0] == V::Null {
                return Ok(V::Null);
            }
            Ok(V::Num(known!(n(&a[0])?)))
        }
        "tobool" => {
            arity(name, a, 1, 1)?;
            if a[0] == V::Null {
                return Ok(V::Null);
            }
            Ok(V::Bool(known!(a[0].as_bool()?)))
        }
        "sensitive" | "nonsensitive" => {
            arity(name, a, 1, 1)?;
            Ok(a[0].clone())
        }
        "issensitive" => Ok(V::Bool(false)),

        // Encoding.
        "jsonencode" => {
            arity(name, a, 1, 1)?;
            if !a[0].is_known() {
                return Ok(V::unknown());
            }
            Ok(V::Str(jsonencode(&a[0])))
        }
        "jsondecode" => {
            arity(name, a, 1, 1)?;
            let x = known!(s(&a[0])?);
            let v: serde_json::Value =
                serde_json::from_str(&x).map_err(|e| EvalError(format!("jsondecode(): {e}")))?;
            Ok(V::from_json(&v))
        }
        "yamldecode" => {
            arity(name, a, 1, 1)?;
            let x = known!(s(&a[0])?);
            let docs = crate::parse::yaml::parse(&x, &crate::parse::yaml::keep_tag)
                .map_err(|e| EvalError(format!("yamldecode(): {}", e.message)))?;
            match docs.as_slice() {
                [] => Ok(V::Null),
                [one] => Ok(V::from_json(&one.value)),
                _ => err("yamldecode(): more than one document"),
            }
        }
        "base64encode" => {
            arity(name, a, 1, 1)?;
            use base64::Engine;
            let x = known!(s(&a[0])?);
            Ok(V::Str(base64::engine::general_purpose::STANDARD.encode(x)))
        }
        "base64decode" => {
            arity(name, a, 1, 1)?;
            use base64::Engine;
            let x = known!(s(&a[0])?);
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(x.as_bytes())
                .map_err(|e| EvalError(format!("base64decode(): {e}")))?;
            String::from_utf8(bytes)
                .map(V::Str)
                .map_err(|_| EvalError("base64decode(): not UTF-8".into()))
        }
        "urlencode" => {
            arity(name, a, 1, 1)?;
            let x = known!(s(&a[0])?);
            let mut out = String::new();
            for b in x.bytes() {
                // Go's url.QueryEscape, which Terraform uses.
                match b {
                    b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                        out.push(b as char)
                    }
                    b' ' => out.push('+'),
                    _ => out.push_str(&format!("%{b:02X}")),
                }
            }
            Ok(V::Str(out))
        }
        "sha256" => {
            arity(name, a, 1, 1)?;
            use sha2::Digest;
            let x = known!(s(&a[0])?);
            let d = sha2::Sha256::digest(x.as_bytes());
            Ok(V::Str(d.iter().map(|b| format!("{b:02x}")).collect()))
        }

        // Networks.
        "cidrsubnet" => {
            arity(name, a, 3, 3)?;
            let prefix = known!(s(&a[0])?);
            let (bits, num) = (known!(int(&a[1])?), known!(int(&a[2])?));
            let net = Cidr::parse(&prefix)?;
            net.subnet(bits, num).map(|c| V::Str(c.to_string()))
        }
        "cidrsubnets" => {
            if a.is_empty() {
                return err("cidrsubnets() needs a prefix");
            }
            let prefix = known!(s(&a[0])?);
            let mut bits = Vec::new();
            for arg in &a[1..] {
                bits.push(known!(int(arg)?));
            }
            let net = Cidr::parse(&prefix)?;
            Ok(str_list(
                net.subnets(&bits)?
                    .into_iter()
                    .map(|c| c.to_string())
                    .collect(),
            ))
        }
        "cidrhost" => {
            arity(name, a, 2, 2)?;
            let prefix = known!(s(&a[0])?);
            let num = known!(int(&a[1])?);
            Cidr::parse(&prefix)?.host(num).map(V::Str)
        }
        "cidrnetmask" => {
            arity(name, a, 1, 1)?;
            let prefix = known!(s(&a[0])?);
            let c = Cidr::parse(&prefix)?;
            if c.width != 32 {
                return err("cidrnetmask() takes an IPv4 prefix");
            }
            let mask = (!0u128 << (32 - c.len)) as u32;
            Ok(V::Str(std::net::Ipv4Addr::from(mask).to_string()))
        }

        // Paths that need no file system.
        "basename" | "dirname" => {
            arity(name, a, 1, 1)?;
            let x = known!(s(&a[0])?);
            let trimmed = x.trim_end_matches('/');
            let (dir, base) = match trimmed.rsplit_once('/') {
                Some((d, b)) => (if d.is_empty() { "/" } else { d }, b),
                None => (".", trimmed),
            };
            Ok(V::Str(
                if name == "basename" { base } else { dir }.to_owned(),
            ))
        }

        // Anything else (clock, randomness, machine paths, hashes without a
        // crate here, provider functions): not known statically.
        _ => Ok(V::unknown()),
    }
}

/// Refuse to build a string larger than a value may be (checked before
/// the allocation, not after).
fn fits(len: usize) -> Result<(), EvalError> {
    if len > 4 * 1024 * 1024 {
        return err("string too large");
    }
    Ok(())
}

fn burn(fuel: &Cell<u64>, n: usize) -> Result<(), EvalError> {
    super::value::burn(fuel, n as u64)
}

fn regex(pattern: &str) -> Result<regex::Regex, EvalError> {
    regex::RegexBuilder::new(pattern)
        .size_limit(1 << 20)
        .build()
        .map_err(|e| EvalError(format!("invalid regular expression: {e}")))
}

fn title(x: &str) -> String {
    let mut out = String::with_capacity(x.len());
    let mut start = true;
    for c in x.chars() {
        if start && c.is_alphabetic() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
        // Go's strings.Title: letters, digits and `_` continue a word.
        start = !(c.is_alphanumeric() || c == '_');
    }
    out
}

/// Flatten nested lists; false when an unknown could be a list.
fn flatten(v: &V, out: &mut Vec<V>, depth: usize) -> Result<bool, EvalError> {
    if depth > 64 {
        return err("flatten(): nested too deeply");
    }
    match v {
        V::List(items) => {
            for i in items {
                match i {
                    V::List(_) => {
                        if !flatten(i, out, depth + 1)? {
                            return Ok(false);
                        }
                    }
                    V::Unknown(_) => return Ok(false),
                    other => out.push(other.clone()),
                }
            }
            Ok(true)
        }
        V::Unknown(_) => Ok(false),
        other => err(format!("flatten() of a {}", other.type_name())),
    }
}

/// Terraform's `jsonencode`: compact, keys in order, and `<`, `>`, `&`
/// escaped as Go's encoder does.
pub fn jsonencode(v: &V) -> String {
    let text = serde_json::to_string(&v.to_json()).unwrap_or_default();
    text.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029")
}

/// Terraform's `format` (Go's fmt verbs as HCL's stdlib implements them).
fn format(spec: &str, args: &[V]) -> Result<Option<String>, EvalError> {
    let mut out = String::new();
    let mut chars = spec.chars().peekable();
    let mut next_arg = 0usize;
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        if chars.peek() == Some(&'%') {
            chars.next();
            out.push('%');
            continue;
        }
        let mut flags = String::new();
        while let Some(&f) = chars.peek() {
            if "-+# 0".contains(f) {
                flags.push(f);
                chars.next();
            } else {
                break;
            }
        }
        if chars.peek() == Some(&'[') {
            chars.next();
            let mut num = String::new();
            for d in chars.by_ref() {
                if d == ']' {
                    break;
                }
                num.push(d);
            }
            next_arg = num
                .parse::<usize>()
                .ok()
                .and_then(|i| i.checked_sub(1))
                .ok_or_else(|| EvalError(format!("invalid argument index [{num}]")))?;
        }
        let mut width = String::new();
        while let Some(&d) = chars.peek().filter(|d| d.is_ascii_digit()) {
            width.push(d);
            chars.next();
        }
        if width.len() > 5 {
            return err("format width too large");
        }
        let mut precision: Option<usize> = None;
        if chars.peek() == Some(&'.') {
            chars.next();
            let mut p = String::new();
            while let Some(&d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                p.push(d);
                chars.next();
            }
            if p.len() > 3 {
                return err("format precision too large");
            }
            precision = Some(p.parse().unwrap_or(0));
        }
        let Some(verb) = chars.next() else {
            return err("format string ends with %");
        };
        let Some(arg) = args.get(next_arg) else {
            return err("too few arguments for the format string");
        };
        next_arg += 1;
        let text = match verb {
            's' => opt!(arg.as_string()?),
            'v' => match arg {
                V::List(_) | V::Map(_) if arg.is_known() => jsonencode(arg),
                V::Null => "null".to_owned(),
                other => opt!(other.as_string()?),
            },
            'q' => {
                let x = opt!(arg.as_string()?);
                serde_json::to_string(&x).unwrap_or_default()
            }
            't' => opt!(arg.as_bool()?).to_string(),
            'd' => {
                let x = opt!(arg.as_number()?);
                if x.fract() != 0.0 {
                    return err("%d needs a whole number");
                }
                let s = format!("{}", x as i64);
                if flags.contains('+') && x >= 0.0 {
                    format!("+{s}")
                } else {
                    s
                }
            }
            'f' | 'e' | 'g' => {
                let x = opt!(arg.as_number()?);
                match verb {
                    'f' => format!("{:.*}", precision.unwrap_or(6), x),
                    'e' => format!("{:.*e}", precision.unwrap_or(6), x),
                    _ => format_number(x),
                }
            }
            'x' | 'X' | 'o' | 'b' => {
                let x = opt!(arg.as_number()?);
                // Go prints the magnitude with a sign, not two's complement.
                let i = (x as i64).unsigned_abs();
                let sign = if x < 0.0 { "-" } else { "" };
                let s = match verb {
                    'x' => format!("{i:x}"),
                    'X' => format!("{i:X}"),
                    'o' => format!("{i:o}"),
                    _ => format!("{i:b}"),
                };
                if flags.contains('#') && verb != 'b' {
                    format!("{sign}{}{s}", if verb == 'o' { "0" } else { "0x" })
                } else {
                    format!("{sign}{s}")
                }
            }
            other => return err(format!("unsupported format verb %{other}")),
        };
        let text = match (precision, verb) {
            (Some(p), 's' | 'v' | 'q') => text.chars().take(p).collect(),
            _ => text,
        };
        let w: usize = width.parse().unwrap_or(0);
        let len = text.chars().count();
        if len < w {
            let pad = w - len;
            if flags.contains('-') {
                out.push_str(&text);
                out.push_str(&" ".repeat(pad));
            } else if flags.contains('0') && matches!(verb, 'd' | 'f' | 'e' | 'x' | 'X' | 'o' | 'b')
            {
                let (sign, digits) = match text.strip_prefix(['-', '+']) {
                    Some(rest) => (&text[..1], rest),
                    None => ("", text.as_str()),
                };
                out.push_str(sign);
                out.push_str(&"0".repeat(pad));
                out.push_str(digits);
            } else {
                out.push_str(&" ".repeat(pad));
                out.push_str(&text);
            }
        } else {
            out.push_str(&text);
        }
    }
    Ok(Some(out))
}

/// An IPv4 or IPv6 prefix, as an integer of its width.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Cidr {
    addr: u128,
    len: u32,
    width: u32,
}

impl Cidr {
    fn parse(text: &str) -> Result<Cidr, EvalError> {
        let bad = || EvalError(format!("invalid CIDR prefix \"{text}\""));
        let (ip, len) = text.split_once('/').ok_or_else(bad)?;
        let len: u32 = len.parse().map_err(|_| bad())?;
        let (addr, width) = match ip.parse::<std::net::IpAddr>().map_err(|_| bad())? {
            std::net::IpAddr::V4(v4) => (u32::from(v4) as u128, 32),
            std::net::IpAddr::V6(v6) => (u128::from(v6), 128),
        };
        if len > width {
            return Err(bad());
        }
        Ok(Cidr {
            addr: addr & mask(len, width),
            len,
            width,
        })
    }

    fn size(len: u32, width: u32) -> u128 {
        if width - len >= 128 {
            u128::MAX
        } else {
            1u128 << (width - len)
        }
    }

    fn subnet(self, bits: i64, num: i64) -> Result<Cidr, EvalError> {
        if bits < 0 || num < 0 {
            return err("cidrsubnet() arguments must not be negative");
        }
        let len = self
            .len
            .saturating_add(u32::try_from(bits).unwrap_or(u32::MAX));
        if len > self.width {
            return err("cidrsubnet(): not enough bits in the prefix");
        }
        if bits < 64 && (num as u128) >= (1u128 << bits) {
            return err("cidrsubnet(): network number too large");
        }
        let shift = self.width - len;
        let addr = if shift >= 128 {
            self.addr
        } else {
            self.addr | ((num as u128) << shift)
        };
        Ok(Cidr {
            addr,
            len,
            width: self.width,
        })
    }

    /// `cidrsubnets`: consecutive blocks, each aligned to its own size.
    fn subnets(self, bits: &[i64]) -> Result<Vec<Cidr>, EvalError> {
        let full = || EvalError("cidrsubnets(): not enough address space".into());
        let mut out = Vec::with_capacity(bits.len());
        let mut next = Some(self.addr);
        let end = self.addr + (Self::size(self.len, self.width) - 1);
        for &b in bits {
            if b < 1 {
                return err("cidrsubnets(): each size must be at least 1 bit");
            }
            let len = self
                .len
                .saturating_add(u32::try_from(b).unwrap_or(u32::MAX));
            if len > self.width {
                return err("cidrsubnets(): not enough bits in the prefix");
            }
            let size = Self::size(len, self.width);
            let aligned = next
                .ok_or_else(full)?
                .div_ceil(size)
                .checked_mul(size)
                .ok_or_else(full)?;
            let last = aligned.checked_add(size - 1).ok_or_else(full)?;
            if aligned < self.addr || last > end {
                return Err(full());
            }
            out.push(Cidr {
                addr: aligned,
                len,
                width: self.width,
            });
            next = last.checked_add(1);
        }
        Ok(out)
    }

    fn host(self, num: i64) -> Result<String, EvalError> {
        let size = Self::size(self.len, self.width);
        let offset = if num < 0 {
            size.checked_sub(num.unsigned_abs() as u128)
        } else {
            Some(num as u128).filter(|n| *n < size)
        };
        let offset =
            offset.ok_or_else(|| EvalError("cidrhost(): host number out of range".into()))?;
        Ok(ip_string(self.addr + offset, self.width))
    }
}

fn mask(len: u32, width: u32) -> u128 {
    let host = width - len;
    let all = if width == 128 {
        u128::MAX
    } else {
        (1u128 << width) - 1
    };
    if host >= 128 {
        0
    } else {
        all & !((1u128 << host) - 1)
    }
}

fn ip_string(addr: u128, width: u32) -> String {
    if width == 32 {
        std::net::Ipv4Addr::from(addr as u32).to_string()
    } else {
        std::net::Ipv6Addr::from(addr).to_string()
    }
}

impl std::fmt::Display for Cidr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", ip_string(self.addr, self.width), self.len)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(name: &str, args: Vec<V>) -> V {
        let fuel = Cell::new(1_000_000);
        call(name, args, &fuel).unwrap_or_else(|e| panic!("{name}: {}", e.0))
    }

    fn st(x: &str) -> V {
        V::Str(x.into())
    }

    #[test]
    fn networks_are_carved_as_terraform_carves_them() {
        assert_eq!(
            run(
                "cidrsubnet",
                vec![st("10.0.0.0/16"), V::Num(8.0), V::Num(2.0)]
            ),
            st("10.0.2.0/24")
        );
        assert_eq!(
            run(
                "cidrsubnet",
                vec![st("fd00:fd12:3456:7890::/56"), V::Num(16.0), V::Num(162.0)]
            ),
            st("fd00:fd12:3456:7800:a200::/72")
        );
        assert_eq!(
            run(
                "cidrsubnets",
                vec![
                    st("10.1.0.0/16"),
                    V::Num(4.0),
                    V::Num(4.0),
                    V::Num(8.0),
                    V::Num(4.0)
                ]
            ),
            V::List(vec![
                st("10.1.0.0/20"),
                st("10.1.16.0/20"),
                st("10.1.32.0/24"),
                st("10.1.48.0/20")
            ])
        );
        assert_eq!(
            run("cidrhost", vec![st("10.12.112.0/20"), V::Num(16.0)]),
            st("10.12.112.16")
        );
        assert_eq!(
            run("cidrhost", vec![st("10.12.112.0/20"), V::Num(-2.0)]),
            st("10.12.127.254")
        );
        assert_eq!(
            run("cidrnetmask", vec![st("172.16.0.0/12")]),
            st("255.240.0.0")
        );
    }

    #[test]
    fn strings_format_like_go() {
        assert_eq!(
            run(
                "format",
                vec![st("%s-%03d-%v"), st("web"), V::Num(7.0), V::Bool(true)]
            ),
            st("web-007-true")
        );
        assert_eq!(run("format", vec![st("%q"), st("a\"b")]), st("\"a\\\"b\""));
        assert_eq!(run("format", vec![st("%-5s|"), st("ab")]), st("ab   |"));
        assert_eq!(run("format", vec![st("%.2f"), V::Num(1.23456)]), st("1.23"));
        assert_eq!(
            run("replace", vec![st("a-b-c"), st("/-(.)/"), st("_$1")]),
            st("a_b_c")
        );
        assert_eq!(run("title", vec![st("hello world")]), st("Hello World"));
        assert_eq!(run("title", vec![st("hello_world-x")]), st("Hello_world-X"));
        assert_eq!(run("urlencode", vec![st("a b~!")]), st("a+b~%21"));
        assert_eq!(
            run("format", vec![st("%x|%X"), V::Num(-10.0), V::Num(255.0)]),
            st("-a|FF")
        );
        let fuel = Cell::new(10_000_000);
        assert!(call("range", vec![V::Num(1e17), V::Num(1e17 + 100.0)], &fuel).is_ok());
        assert!(call(
            "setproduct",
            vec![V::List(vec![V::Num(1.0); 1000]); 3],
            &fuel
        )
        .is_err());
        assert_eq!(
            run(
                "jsonencode",
                vec![V::Map(
                    [("b".to_string(), st("<x>")), ("a".to_string(), V::Num(1.0))].into()
                )]
            ),
            st(r#"{"a":1,"b":"\u003cx\u003e"}"#)
        );
    }

    #[test]
    fn unknown_arguments_give_unknown_results() {
        assert!(run("lower", vec![V::unknown()]).is_unknown());
        assert!(run("merge", vec![V::Map(BTreeMap::new()), V::unknown()]).is_unknown());
        // A known list with an unknown element still has a known length.
        assert_eq!(
            run("length", vec![V::List(vec![V::unknown(), st("x")])]),
            V::Num(2.0)
        );
        assert_eq!(
            run(
                "contains",
                vec![V::List(vec![V::unknown(), st("x")]), st("x")]
            ),
            V::Bool(true)
        );
        assert!(run("contains", vec![V::List(vec![V::unknown()]), st("x")]).is_unknown());
        assert!(run("timestamp", vec![]).is_unknown());
    }

    #[test]
    fn collections() {
        assert_eq!(
            run(
                "flatten",
                vec![V::List(vec![
                    V::List(vec![st("a")]),
                    st("b"),
                    V::List(vec![V::List(vec![st("c")])])
                ])]
            ),
            V::List(vec![st("a"), st("b"), st("c")])
        );
        assert_eq!(
            run(
                "element",
                vec![V::List(vec![st("a"), st("b")]), V::Num(3.0)]
            ),
            st("b")
        );
        assert_eq!(run("coalesce", vec![V::Null, st(""), st("x")]), st("x"));
        assert_eq!(
            run("compact", vec![V::List(vec![st("a"), st(""), V::Null])]),
            V::List(vec![st("a")])
        );
        assert_eq!(
            run("range", vec![V::Num(1.0), V::Num(4.0)]),
            V::List(vec![V::Num(1.0), V::Num(2.0), V::Num(3.0)])
        );
        let fuel = Cell::new(10);
        assert!(
            call("range", vec![V::Num(1e6)], &fuel).is_err(),
            "bounded by the budget"
        );
    }
}
