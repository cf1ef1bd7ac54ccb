//! A variable's declared `type` applied to the value it is given, as
//! Terraform does before a module sees it: primitives converted
//! (`"true"` → `true` for a `bool`), attributes an `object(…)` does not
//! declare dropped, and `optional(type, default)` attributes filled in.

use hcl_edit::expr::{Expression, ObjectKey};

use super::value::{to_set, V};

/// The type constraint written as hcl2json keeps it (`"${list(string)}"`).
pub fn parse(written: &str) -> Option<Expression> {
    let inner = written.strip_prefix("${")?.strip_suffix('}')?;
    hcl_edit::parser::parse_expr(inner).ok()
}

/// Whether a value given as text (`--tf-var`, `TF_VAR_…`) is taken as it is
/// (primitive or no type) or parsed as an HCL expression (collections).
pub fn is_primitive(ty: Option<&Expression>) -> bool {
    match ty {
        None => true,
        Some(Expression::Variable(v)) => {
            matches!(v.as_str(), "string" | "number" | "bool" | "any")
        }
        Some(_) => false,
    }
}

/// Convert `v` to the type `ty`; a value that does not convert is kept as
/// it is (Terraform would reject it; a policy can still read it).
pub fn apply(v: V, ty: &Expression, depth: usize) -> V {
    if depth > 32 || v.is_unknown() || v == V::Null {
        return v;
    }
    match ty {
        Expression::Variable(t) => match (t.as_str(), &v) {
            ("string", V::Num(_) | V::Bool(_)) => v.as_string().ok().flatten().map_or(v, V::Str),
            ("number", V::Str(_)) => v.as_number().ok().flatten().map_or(v, V::Num),
            ("bool", V::Str(_)) => v.as_bool().ok().flatten().map_or(v, V::Bool),
            _ => v,
        },
        Expression::FuncCall(call) if !call.name.is_namespaced() => {
            let arg = call.args.iter().next();
            match (call.name.name.as_str(), arg, v) {
                ("list" | "set", Some(elem), V::List(items)) => {
                    let items: Vec<V> = items
                        .into_iter()
                        .map(|i| apply(i, elem, depth + 1))
                        .collect();
                    if call.name.name.as_str() == "set" && items.iter().all(V::is_known) {
                        to_set(items)
                    } else {
                        V::List(items)
                    }
                }
                ("map", Some(elem), V::Map(m)) => V::Map(
                    m.into_iter()
                        .map(|(k, x)| (k, apply(x, elem, depth + 1)))
                        .collect(),
                ),
                ("tuple", Some(Expression::Array(elems)), V::List(items)) => V::List(
                    items
                        .into_iter()
                        .enumerate()
                        .map(|(i, x)| match elems.get(i) {
                            Some(t) => apply(x, t, depth + 1),
                            None => x,
                        })
                        .collect(),
                ),
                ("object", Some(Expression::Object(attrs)), V::Map(mut m)) => {
                    let mut out = std::collections::BTreeMap::new();
                    for (key, attr_ty) in attrs.iter() {
                        let name = match key {
                            ObjectKey::Ident(i) => i.as_str().to_owned(),
                            ObjectKey::Expression(Expression::Variable(i)) => i.as_str().to_owned(),
                            ObjectKey::Expression(Expression::String(s)) => s.value().clone(),
                            ObjectKey::Expression(_) => continue,
                        };
                        let (attr_ty, default) = optional(attr_ty.expr());
                        let value = match m.remove(&name) {
                            Some(V::Null) | None => match default {
                                Some(Some(d)) => constant(d),
                                // optional(type) without a default: null.
                                Some(None) => V::Null,
                                None => continue,
                            },
                            Some(x) => x,
                        };
                        out.insert(name, apply(value, attr_ty, depth + 1));
                    }
                    V::Map(out)
                }
                (_, _, v) => v,
            }
        }
        _ => v,
    }
}

/// `optional(t)` → (t, Some(None)); `optional(t, d)` → (t, Some(Some(d)));
/// anything else → (it, None).
fn optional(ty: &Expression) -> (&Expression, Option<Option<&Expression>>) {
    if let Expression::FuncCall(call) = ty {
        if call.name.name.as_str() == "optional" && !call.name.is_namespaced() {
            let mut args = call.args.iter();
            if let Some(inner) = args.next() {
                return (inner, Some(args.next()));
            }
        }
    }
    (ty, None)
}

/// A default written in a type: a constant expression.
fn constant(expr: &Expression) -> V {
    struct NoScope;
    impl super::expr::Scope for NoScope {
        fn reference(&self, _: &str, _: &str) -> super::value::R {
            Ok(V::unknown())
        }
    }
    let fuel = std::cell::Cell::new(10_000);
    super::expr::Eval::new(&NoScope, "", &fuel)
        .expr(expr)
        .unwrap_or(V::unknown())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn typed(ty: &str, v: serde_json::Value) -> serde_json::Value {
        let t = parse(ty).unwrap_or_else(|| panic!("type {ty}"));
        apply(V::from_json(&v), &t, 0).to_json()
    }

    #[test]
    fn optional_attributes_get_their_defaults_and_undeclared_ones_go() {
        let ty = "${object({ enabled = optional(bool, true), name = string, kms = optional(string), rules = optional(list(object({ port = number })), []) })}";
        assert_eq!(
            typed(ty, json!({"name": "x", "extra": 1})),
            json!({"enabled": true, "kms": null, "name": "x", "rules": []})
        );
        assert_eq!(
            typed(
                ty,
                json!({"name": "x", "enabled": "false", "rules": [{"port": "22"}]})
            ),
            json!({"enabled": false, "kms": null, "name": "x", "rules": [{"port": 22}]})
        );
        assert_eq!(typed("${map(string)}", json!({"a": 1})), json!({"a": "1"}));
        assert_eq!(
            typed("${set(string)}", json!(["b", "a", "b"])),
            json!(["a", "b"])
        );
    }
}
