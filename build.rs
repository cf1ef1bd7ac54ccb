//! The built-in library is embedded with `include_dir!`, which cargo does
//! not track: rebuild whenever anything under `policies/` changes, so a
//! binary never carries a stale library.
fn main() {
    println!("cargo:rerun-if-changed=policies");
}
