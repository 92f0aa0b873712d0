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
    check_path(source)?;
    lower::lower(source.path, source.text, parse(source)?)
}

/// A spec's text from the file's bytes: UTF-8, or an error placed on the first byte that is not.
pub fn decode<'a>(path: &str, bytes: &'a [u8]) -> Result<&'a str, SpecError> {
    std::str::from_utf8(bytes).map_err(|e| {
        let valid = &bytes[..e.valid_up_to()];
        let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = valid.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let column = String::from_utf8_lossy(&valid[line_start..])
            .chars()
            .count()
            + 1;
        SpecError {
            file: path.to_owned(),
            path: "(document)".to_owned(),
            line_column: Some((line, column)),
            message: format!(
                "not UTF-8: byte 0x{:02x} at offset {}",
                bytes[e.valid_up_to()],
                e.valid_up_to()
            ),
        }
    })
}

/// The path names the file in errors, in the `@generated` header and in docs: plain relative
/// segments only. Refused at the `module` key, where the file's name is checked too.
fn check_path(source: SpecSource<'_>) -> Result<(), Vec<SpecError>> {
    let path = source.path;
    let problem = if path.is_empty() {
        Some("the spec's file path is empty")
    } else if path.chars().any(|c| c.is_whitespace() || c.is_control()) {
        Some("the spec's file path holds white space or a control character (a space, CR or LF)")
    } else if path.contains('\\') {
        Some("the spec's file path separates its segments with `/`, not `\\`")
    } else if path.starts_with('/') || path.split('/').any(|s| s.is_empty()) {
        Some("the spec's file path is relative, without empty segments (`//`)")
    } else if path.split('/').any(|s| s == "." || s == "..") {
        Some("the spec's file path has no `.` or `..` segments")
    } else {
        None
    };
    match problem {
        None => Ok(()),
        Some(message) => {
            let at = yaml::KeyPath::default().key("module");
            Err(vec![SpecError {
                file: path.escape_debug().to_string(),
                path: at.to_string(),
                line_column: Some(yaml::position(source.text, &at)),
                message: message.to_owned(),
            }])
        }
    }
}

/// The source of one module file (`apis/<module>.rs`) for one spec.
pub fn generate_module(source: SpecSource<'_>) -> Result<String, Vec<SpecError>> {
    let module = load(source)?;
    let texts = render_modules(&[&module]).pop().unwrap_or_default();
    file_text(&module.source, texts)
}

/// Every file of the client's `src/apis/` (one module per spec, and `apis/mod.rs`) and the
/// manifest's feature list. Specs are taken in the order given; all problems of all specs are
/// reported together.
pub fn generate_client(sources: &[SpecSource<'_>]) -> Result<Client, Vec<SpecError>> {
    generate_client_reusing(sources, &|_| None)
}

/// [`generate_client`], taking a module's text from `reuse` when it has it: what this same
/// generator made of this same spec before. The spec is still loaded and checked (the index
/// needs every module), but not emitted and formatted again, which is most of the work.
pub fn generate_client_reusing(
    sources: &[SpecSource<'_>],
    reuse: &(dyn Fn(&SpecSource<'_>) -> Option<String> + Sync),
) -> Result<Client, Vec<SpecError>> {
    // Modules are independent until the index: each is loaded on its own thread. Then the
    // pieces of every module file still to make are shared out among the threads.
    let loaded = parallel_map(sources, |source| {
        let module = load(*source)?;
        let reused = reuse(source);
        Ok((module, reused))
    });
    let mut modules = Vec::new();
    let mut reused = Vec::new();
    let mut problems = Vec::new();
    for result in loaded {
        match result {
            Ok((module, text)) => {
                modules.push(module);
                reused.push(text);
            }
            Err(mut found) => problems.append(&mut found),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let fresh: Vec<&ir::Module> = modules
        .iter()
        .zip(&reused)
        .filter(|(_, reused)| reused.is_none())
        .map(|(module, _)| module)
        .collect();
    let mut rendered = render_modules(&fresh).into_iter();
    let mut files = Vec::new();
    for (module, reused) in modules.iter().zip(reused) {
        let contents = match reused {
            Some(text) => text,
            None => file_text(&module.source, rendered.next().unwrap_or_default())?,
        };
        files.push(GeneratedFile {
            path: format!("apis/{}.rs", module.name),
            contents,
        });
    }
    let index_source = "api-spec/*.yaml";
    let index = render(emit::index_tokens(&modules), index_source);
    files.push(GeneratedFile {
        path: "apis/mod.rs".to_owned(),
        contents: file_text(index_source, vec![index])?,
    });
    Ok(Client {
        files,
        features: emit::feature_lines(&modules),
    })
}

/// The pieces of the module files of `modules`, by module and in file order. All pieces of all
/// modules are shared out among the threads, largest first, so that one large module keeps every
/// core busy too and no large piece is started last. Tokens stay on the thread that made them;
/// only the IR and text cross.
fn render_modules(modules: &[&ir::Module]) -> Vec<Vec<Result<String, SpecError>>> {
    let mut work: Vec<(usize, usize)> = modules
        .iter()
        .enumerate()
        .flat_map(|(m, module)| (0..emit::module_pieces(module)).map(move |i| (m, i)))
        .collect();
    work.sort_by_key(|&(m, i)| std::cmp::Reverse(emit::piece_cost(modules[m], i)));
    let texts = parallel_map(&work, |&(m, i)| render_piece(modules[m], i));
    // Back in file order, then by module.
    let mut done: Vec<((usize, usize), Result<String, SpecError>)> =
        work.into_iter().zip(texts).collect();
    done.sort_by_key(|(at, _)| *at);
    let mut pieces: Vec<Vec<Result<String, SpecError>>> =
        modules.iter().map(|_| Vec::new()).collect();
    for ((m, _), text) in done {
        pieces[m].push(text);
    }
    pieces
}

/// `f` over `items` on as many threads as the machine has cores, each taking the next item
/// when it is done with one (items vary in size); results in the items' order.
fn parallel_map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(items.len());
    if threads <= 1 {
        return items.iter().map(f).collect();
    }
    let (f, next) = (&f, &std::sync::atomic::AtomicUsize::new(0));
    let mut slots: Vec<Option<R>> = std::iter::repeat_with(|| None).take(items.len()).collect();
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(move || {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(item) = items.get(i) else {
                            return done;
                        };
                        done.push((i, f(item)));
                    }
                })
            })
            .collect();
        for worker in workers {
            // A panic in the generator is a bug; it surfaces as it would without threads.
            let done = worker
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            for (i, result) in done {
                slots[i] = Some(result);
            }
        }
    });
    slots.into_iter().flatten().collect()
}

/// The generated part of the client crate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Client {
    /// Every file of `src/apis/`: one module per spec, in the order the specs were given,
    /// then `apis/mod.rs`.
    pub files: Vec<GeneratedFile>,
    /// The manifest's `[features]` lines for the modules: one feature per module, named after
    /// it, and `full` for all of them.
    pub features: String,
}

/// The lines between these two markers of the client's manifest are generated: the feature of
/// each API module, and `full`.
const FEATURES_BEGIN: &str =
    "# @generated begin: API module features, written by `cargo xtask gen`.\n";
const FEATURES_END: &str = "# @generated end\n";

impl Client {
    /// The client's manifest (`generated-client/Cargo.toml`) with its generated feature lines,
    /// between the `@generated` markers, replaced by this client's.
    pub fn manifest(&self, manifest: &str) -> Result<String, String> {
        let manifest = manifest.replace("\r\n", "\n");
        let begin = manifest
            .find(FEATURES_BEGIN)
            .map(|i| i + FEATURES_BEGIN.len())
            .ok_or("the `[features]` table lacks its @generated begin marker")?;
        let end = manifest[begin..]
            .find(FEATURES_END)
            .map(|i| begin + i)
            .ok_or("the `[features]` table lacks its @generated end marker")?;
        let written = format!(
            "{}{}{}",
            &manifest[..begin],
            self.features,
            &manifest[end..]
        );
        Ok(drop_undefined_features(&written))
    }
}

/// A hand-written feature may need module features (`stream` needs `gateway_1_0`), listed one
/// per line; in a copy of the client with other modules (the awkward-spec test, the benchmark)
/// those it does not define are left out, so that the manifest stays valid.
fn drop_undefined_features(manifest: &str) -> String {
    let Some(table) = manifest
        .find("[features]\n")
        .map(|at| at + "[features]\n".len())
    else {
        return manifest.to_owned();
    };
    let end = manifest[table..]
        .find("\n[")
        .map_or(manifest.len(), |at| table + at + 1);
    let defined: std::collections::HashSet<&str> = manifest[table..end]
        .lines()
        .filter(|line| !line.starts_with([' ', '#', '"', ']']))
        .filter_map(|line| line.split_once(" = ").map(|(name, _)| name.trim()))
        .collect();
    let kept: String = manifest[table..end]
        .split_inclusive('\n')
        .filter(|line| {
            let entry = line.trim().trim_end_matches(',');
            match entry.strip_prefix('"').and_then(|e| e.strip_suffix('"')) {
                // `dep:x` and `x/feature` name dependencies, not features of this crate.
                Some(name) if !name.contains([':', '/']) => defined.contains(name),
                _ => true,
            }
        })
        .collect();
    format!("{}{}{}", &manifest[..table], kept, &manifest[end..])
}

/// Piece `i` of a module file, emitted and formatted.
fn render_piece(module: &ir::Module, i: usize) -> Result<String, SpecError> {
    render(emit::module_piece(module, i), &module.source)
}

/// Formats tokens; a failure here is a generator bug, reported rather than panicked on.
fn render(tokens: proc_macro2::TokenStream, source: &str) -> Result<String, SpecError> {
    emit::format(tokens).map_err(|e| SpecError {
        file: source.to_owned(),
        path: "(document)".to_owned(),
        line_column: Some((1, 1)),
        message: format!("internal generator error, the emitted code does not parse: {e}"),
    })
}

/// A generated file: the `@generated` header naming `source`, then its formatted pieces in
/// order.
fn file_text(
    source: &str,
    pieces: Vec<Result<String, SpecError>>,
) -> Result<String, Vec<SpecError>> {
    let mut text = emit::header(source);
    let mut problems = Vec::new();
    for piece in pieces {
        match piece {
            Ok(piece) => text.push_str(&piece),
            Err(problem) => problems.push(problem),
        }
    }
    if problems.is_empty() {
        Ok(text)
    } else {
        Err(problems)
    }
}
