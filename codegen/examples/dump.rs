fn main() {
    let text = std::fs::read_to_string(std::env::args().nth(1).unwrap()).unwrap();
    let m = codegen::load(codegen::SpecSource { path: "api-spec/team_sphere_1_0.yaml", text: &text }).unwrap();
    println!("{}", codegen::emit::module_tokens_dbg(&m));
}
