//! The generator: DingTalk API spec YAML in, Rust source files out. Pure: no file or network
//! access; `xtask` reads the specs and writes the files.
//!
//! spec text → [`spec`] (parsed) → `lower` (checked, resolved [`ir`]) → `emit` (tokens) →
//! prettyplease (text). The same spec always gives the same bytes.

mod emit;
mod error;
pub mod ir;
mod lower;
mod names;
mod rt;
pub mod spec;
mod yaml;

pub use error::SpecError;

/// One spec file handed to the generator.
#[derive(Clone, Copy, Debug)]
pub struct SpecSource<'a> {
    /// The file's path as errors and `@generated` headers should name it, like
    /// `api-spec/team_sphere_1_0.yaml`. Its stem must equal the spec's `module`.
    pub path: &'a str,
    /// The file's contents.
    pub text: &'a str,
}

/// One file to write, relative to the client crate's `src/`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GeneratedFile {
    /// Relative path with `/` separators, like `apis/team_sphere_1_0.rs`.
    pub path: String,
    /// The file's contents, ending with a newline.
    pub contents: String,
}

/// Parses one spec as written, unchecked (the importer merges what people added by hand).
pub fn parse(source: SpecSource<'_>) -> Result<spec::SpecFile, Vec<SpecError>> {
    yaml::parse(source.text).map_err(|e| {
        vec![SpecError {
            file: source.path.to_owned(),
            path: e.path.to_string(),
            line_column: e.line_column,
            message: e.message,
        }]
    })
}

/// Parses, checks and resolves one spec into the IR.
pub fn load(source: SpecSource<'_>) -> Result<ir::Module, Vec<SpecError>> {
    lower::lower(source.path, source.text, parse(source)?)
}

/// The source of one module file (`apis/<module>.rs`) for one spec.
pub fn generate_module(source: SpecSource<'_>) -> Result<String, Vec<SpecError>> {
    let module = load(source)?;
    render(emit::module_tokens(&module), source.path)
}

/// Every file of the client's `src/apis/` (one module per spec, and `apis/mod.rs`) and the
/// manifest's feature list. Specs are taken in the order given; all problems of all specs are
/// reported together.
pub fn generate_client(sources: &[SpecSource<'_>]) -> Result<Client, Vec<SpecError>> {
    let mut modules = Vec::new();
    let mut problems = Vec::new();
    for source in sources {
        match load(*source) {
            Ok(module) => modules.push(module),
            Err(mut found) => problems.append(&mut found),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut files = Vec::new();
    for module in &modules {
        files.push(GeneratedFile {
            path: format!("apis/{}.rs", module.name),
            contents: render(emit::module_tokens(module), &module.source)?,
        });
    }
    files.push(GeneratedFile {
        path: "apis/mod.rs".to_owned(),
        contents: render(emit::index_tokens(&modules), "api-spec/*.yaml")?,
    });
    Ok(Client {
        files,
        features: emit::feature_lines(&modules),
    })
}

/// The generated part of the client crate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Client {
    /// Every file of `src/apis/`.
    pub files: Vec<GeneratedFile>,
    /// The manifest's `[features]` lines for the modules: one feature per module, named after
    /// it, and `full` for all of them.
    pub features: String,
}

/// Formats tokens; a failure here is a generator bug, reported rather than panicked on.
fn render(tokens: proc_macro2::TokenStream, source: &str) -> Result<String, Vec<SpecError>> {
    emit::format(tokens, source).map_err(|e| {
        vec![SpecError {
            file: source.to_owned(),
            path: String::new(),
            line_column: None,
            message: format!("internal generator error, the emitted code does not parse: {e}"),
        }]
    })
}
