//! Mutated specs never break the generator: from a fixed seed, a bounded run of specs with
//! lines dropped, doubled, swapped or re-indented and YAML, Markdown and Unicode fragments
//! spliced in. Whatever comes in, the generator does not panic, every error it reports has a
//! position, and every module it writes parses as Rust.

use std::panic::{AssertUnwindSafe, catch_unwind};

use codegen::SpecSource;

/// xorshift64*: small, deterministic, good enough to pick mutations.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const FRAGMENTS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    ":",
    ": ",
    "- ",
    "\n",
    "\r",
    "\r\n",
    "\t",
    "  ",
    "&a ",
    "*a",
    "\"",
    "'",
    "#",
    "\n---\n",
    "\u{202E}",
    "\0",
    "\u{feff}",
    "```",
    "```rust\npanic!()\n",
    "\n    indented",
    "[x]",
    "<div>",
    "https://x.y/z",
    "type: ",
    "ref: Nope",
    "ref: Card",
    "required: true",
    "style: json",
    "style: flat",
    "{x}",
    "{userId}",
    "enum: [a, a]",
    "enum: [self, Self]",
    "object",
    "array",
    "map",
    "any",
    "string",
    "integer",
    "items:",
    "properties:",
    "values:",
    "status: 399",
    "code: x",
    "self",
    "type",
    "Clone",
    "new",
    "config",
    "rt",
    "\\",
    "`",
    "~~~",
    "!!binary",
    "!tag ",
    "? ",
    "|\n",
    ">\n",
    "%YAML 1.2\n",
    "...\n",
    "1e9999",
    "-1",
    "0x10",
];

fn mutate(rng: &mut Rng, text: &str) -> String {
    let mut lines: Vec<String> = text.split('\n').map(str::to_owned).collect();
    for _ in 0..1 + rng.below(3) {
        let at = rng.below(lines.len());
        match rng.below(7) {
            0 => {
                lines.remove(at);
                if lines.is_empty() {
                    lines.push(String::new());
                }
            }
            1 => lines.insert(at, lines[at].clone()),
            2 => {
                let other = rng.below(lines.len());
                lines.swap(at, other);
            }
            3 => lines[at].insert_str(0, "  "),
            4 => {
                let line = &mut lines[at];
                *line = line.strip_prefix("  ").unwrap_or(line).to_owned();
            }
            5 => {
                // Replace the value after a key.
                let line = &mut lines[at];
                if let Some(colon) = line.find(": ") {
                    line.truncate(colon + 2);
                    line.push_str(rng.pick::<&str>(FRAGMENTS));
                }
            }
            _ => {
                let line = &mut lines[at];
                let boundaries: Vec<usize> = (0..=line.len())
                    .filter(|&i| line.is_char_boundary(i))
                    .collect();
                let i = *rng.pick(&boundaries);
                line.insert_str(i, rng.pick::<&str>(FRAGMENTS));
            }
        }
    }
    lines.join("\n")
}

#[test]
fn mutated_specs_never_panic_and_every_error_is_placed() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let seeds: Vec<(&str, String)> = [
        "api-spec/team_sphere_1_0.yaml",
        "codegen/tests/fixtures/sample_board_1_0.yaml",
        "codegen/tests/awkward/config.yaml",
    ]
    .into_iter()
    .map(|path| {
        let text = std::fs::read_to_string(format!("{root}/{path}")).unwrap();
        (path, text)
    })
    .collect();

    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let (mut generated, mut refused) = (0, 0);
    for round in 0..400 {
        let (path, seed) = rng.pick(&seeds);
        let text = mutate(&mut rng, seed);
        let result = catch_unwind(AssertUnwindSafe(|| {
            codegen::generate_client(&[SpecSource { path, text: &text }])
        }));
        let Ok(result) = result else {
            panic!("round {round}: the generator panicked on:\n{text}");
        };
        match result {
            Ok(client) => {
                generated += 1;
                for file in client.files {
                    if let Err(e) = syn::parse_file(&file.contents) {
                        panic!("round {round}: {} does not parse ({e}):\n{text}", file.path);
                    }
                }
            }
            Err(problems) => {
                refused += 1;
                for problem in problems {
                    assert!(
                        problem.line_column.is_some() && !problem.path.is_empty(),
                        "round {round}: {problem:?} has no place:\n{text}"
                    );
                }
            }
        }
    }
    // Both kinds of outcome are exercised.
    assert!(
        generated >= 10 && refused >= 10,
        "{generated} generated, {refused} refused"
    );
}
