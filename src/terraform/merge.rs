//! Terraform modules: the `.tf` files of one folder are one configuration
//! (a bucket in `s3.tf`, its versioning in `versioning.tf`), so they are
//! evaluated as one input — what Terraform, Checkov and Trivy see — and each
//! finding is sent back to the file and line its path enters.

use serde_json::{Map, Value};

use crate::source_map::{self, Position, Segment};

/// Where an entry of the merged document came from.
#[derive(Debug, Clone)]
struct Origin {
    /// JSON Pointer of a block body in the merged document.
    merged: String,
    file: usize,
    /// Its pointer in that file's own document.
    local: String,
}

/// The documents of a module folder merged into one, with provenance.
#[derive(Debug)]
pub struct Module {
    pub value: Value,
    origins: Vec<Origin>,
}

impl Module {
    /// Deep-merge hcl2json documents: objects merge key by key, lists of
    /// block bodies concatenate (remembering each body's file).
    pub fn merge(docs: &[&Value]) -> Module {
        let mut value = Value::Object(Map::new());
        let mut origins = Vec::new();
        for (file, doc) in docs.iter().enumerate() {
            merge_into(
                &mut value,
                doc,
                file,
                &mut String::new(),
                &mut String::new(),
                &mut origins,
            );
        }
        Module { value, origins }
    }

    /// The file and local pointer a merged pointer falls in: the block body
    /// that contains it, or, for a pointer above the bodies (a resource
    /// type or name), the first file that has something under it.
    pub fn locate(&self, pointer: &str) -> Option<(usize, String)> {
        let inside = self
            .origins
            .iter()
            .filter(|o| {
                pointer == o.merged
                    || (pointer.starts_with(&o.merged)
                        && pointer[o.merged.len()..].starts_with('/'))
            })
            .max_by_key(|o| o.merged.len())
            .map(|o| (o.file, format!("{}{}", o.local, &pointer[o.merged.len()..])));
        inside.or_else(|| {
            self.origins
                .iter()
                .find(|o| {
                    o.merged.starts_with(pointer) && o.merged[pointer.len()..].starts_with('/')
                })
                .map(|o| (o.file, pointer.to_owned()))
        })
    }
}

fn escape(k: &str) -> String {
    k.replace('~', "~0").replace('/', "~1")
}

fn merge_into(
    into: &mut Value,
    from: &Value,
    file: usize,
    merged_ptr: &mut String,
    local_ptr: &mut String,
    origins: &mut Vec<Origin>,
) {
    match (into, from) {
        (Value::Object(a), Value::Object(b)) => {
            for (k, v) in b {
                let (m_len, l_len) = (merged_ptr.len(), local_ptr.len());
                merged_ptr.push('/');
                merged_ptr.push_str(&escape(k));
                local_ptr.push('/');
                local_ptr.push_str(&escape(k));
                match a.get_mut(k) {
                    Some(existing) => merge_into(existing, v, file, merged_ptr, local_ptr, origins),
                    None => {
                        let mut fresh = match v {
                            Value::Object(_) => Value::Object(Map::new()),
                            Value::Array(_) => Value::Array(Vec::new()),
                            other => other.clone(),
                        };
                        if v.is_object() || v.is_array() {
                            merge_into(&mut fresh, v, file, merged_ptr, local_ptr, origins);
                        } else {
                            origins.push(Origin {
                                merged: merged_ptr.clone(),
                                file,
                                local: local_ptr.clone(),
                            });
                        }
                        a.insert(k.clone(), fresh);
                    }
                }
                merged_ptr.truncate(m_len);
                local_ptr.truncate(l_len);
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            for (i, v) in b.iter().enumerate() {
                origins.push(Origin {
                    merged: format!("{merged_ptr}/{}", a.len()),
                    file,
                    local: format!("{local_ptr}/{i}"),
                });
                a.push(v.clone());
            }
        }
        (slot, other) => {
            // Two files give one attribute two values: the later file wins, as
            // Terraform would reject the module anyway.
            *slot = other.clone();
            origins.push(Origin {
                merged: merged_ptr.clone(),
                file,
                local: local_ptr.clone(),
            });
        }
    }
}

/// Resolve a local pointer in one file's document.
pub fn position(doc: &crate::parse::Document, local: &str) -> Position {
    let segs: Vec<Segment> = source_map::parse_pointer(local);
    source_map::resolve(&doc.value, &doc.positions, &segs).pos
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn bodies_concatenate_and_remember_their_file() {
        let a =
            json!({"resource": {"aws_s3_bucket": {"b": [{"bucket": "x"}]}}, "locals": [{"x": 1}]});
        let b = json!({"resource": {"aws_s3_bucket_versioning": {"v": [{"bucket": "${aws_s3_bucket.b.id}"}]}, "aws_s3_bucket": {"c": [{}]}}, "locals": [{"y": 2}]});
        let m = Module::merge(&[&a, &b]);
        assert_eq!(m.value["resource"]["aws_s3_bucket"]["c"], json!([{}]));
        assert_eq!(m.value["locals"], json!([{"x": 1}, {"y": 2}]));
        assert_eq!(
            m.locate("/locals/1/y"),
            Some((1, "/locals/0/y".to_string()))
        );
        assert_eq!(
            m.locate("/resource/aws_s3_bucket/b/0/bucket"),
            Some((0, "/resource/aws_s3_bucket/b/0/bucket".to_string()))
        );
        assert_eq!(
            m.locate("/resource/aws_s3_bucket_versioning/v/0"),
            Some((1, "/resource/aws_s3_bucket_versioning/v/0".to_string()))
        );
        assert_eq!(
            m.locate("/resource/aws_s3_bucket/c"),
            Some((1, "/resource/aws_s3_bucket/c".to_string()))
        );
        assert_eq!(m.locate("/nothing"), None);
    }
}
