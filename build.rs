//! The built-in library and the frameworks' control lists are embedded
//! with `include_dir!`, which cargo does not track: rebuild whenever
//! anything under them changes, so a binary never carries stale copies.
fn main() {
    println!("cargo:rerun-if-changed=policies");
    println!("cargo:rerun-if-changed=src/catalog/frameworks");
}
