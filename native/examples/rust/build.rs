// Links libcsevm.so from the directory in CSEVM_LIB_DIR (native/examples/run.sh sets it).
fn main() {
    println!("cargo:rerun-if-env-changed=CSEVM_LIB_DIR");
    let dir = std::env::var("CSEVM_LIB_DIR").expect("set CSEVM_LIB_DIR to the directory holding libcsevm.so");
    println!("cargo:rustc-link-search=native={dir}");
    println!("cargo:rustc-link-lib=dylib=csevm");
    println!("cargo:rustc-link-arg=-Wl,-rpath,{dir}");
}
