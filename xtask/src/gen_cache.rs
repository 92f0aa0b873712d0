//! What `cargo xtask gen` made of each spec, kept under `target/` so that a module whose spec
//! and generator are both unchanged is not emitted and formatted again. An entry is the module's
//! text behind a key line; the key hashes the generator (this executable's bytes: any change to
//! the generator is a new executable) with the spec's path and text. `gen --check` stays exact:
//! a hit is what the same generator made of the same input, and the generator is deterministic.

use std::collections::hash_map::DefaultHasher;
use std::fs;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

use codegen::SpecSource;

pub struct GenCache {
    dir: PathBuf,
    /// The generator's fingerprint; `None` when the executable cannot be read (no reuse).
    generator: Option<u64>,
}

pub const DIR: &str = "target/xtask-gen-cache";
const KEY_PREFIX: &str = "// generator and spec: ";

impl GenCache {
    pub fn new(root: &Path) -> Self {
        let exe = std::env::current_exe().ok();
        let generator = exe
            .as_ref()
            .and_then(|exe| fs::read(exe).ok())
            .map(|bytes| {
                let mut hasher = DefaultHasher::new();
                bytes.hash(&mut hasher);
                hasher.finish()
            });
        // One folder per executable (`xtask`, and the test binary that checks the generated
        // code), so that running one does not evict the other's entries.
        let name = exe
            .as_ref()
            .and_then(|exe| exe.file_stem())
            .map_or_else(|| "generator".into(), |stem| stem.to_string_lossy());
        GenCache {
            dir: root.join(DIR).join(name.as_ref()),
            generator,
        }
    }

    fn key(&self, source: &SpecSource<'_>) -> Option<String> {
        let mut hasher = DefaultHasher::new();
        self.generator?.hash(&mut hasher);
        source.path.hash(&mut hasher);
        source.text.hash(&mut hasher);
        Some(format!("{KEY_PREFIX}{:016x}\n", hasher.finish()))
    }

    fn entry(&self, source: &SpecSource<'_>) -> PathBuf {
        // Spec paths are relative and `/`-separated; one flat file per spec.
        self.dir.join(source.path.replace('/', "__"))
    }

    /// The module text generated before for this spec by this generator.
    pub fn get(&self, source: &SpecSource<'_>) -> Option<String> {
        let key = self.key(source)?;
        let text = fs::read_to_string(self.entry(source)).ok()?;
        text.strip_prefix(&key).map(str::to_owned)
    }

    /// Remembers `text` as this spec's module. A cache that cannot be written only costs time.
    pub fn put(&self, source: &SpecSource<'_>, text: &str) {
        let Some(key) = self.key(source) else {
            return;
        };
        let path = self.entry(source);
        if fs::read_to_string(&path).is_ok_and(|old| old.strip_prefix(&key) == Some(text)) {
            return;
        }
        let _ = fs::create_dir_all(&self.dir);
        let _ = fs::write(path, format!("{key}{text}"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_entry_is_reused_only_for_the_same_spec_text_and_generator() {
        let root = std::env::temp_dir().join(format!("gen-cache-test-{}", std::process::id()));
        let cache = GenCache::new(&root);
        let source = SpecSource {
            path: "api-spec/x_1_0.yaml",
            text: "module: x_1_0\n",
        };
        assert_eq!(cache.get(&source), None);
        cache.put(&source, "// generated\n");
        assert_eq!(cache.get(&source).as_deref(), Some("// generated\n"));
        let edited = SpecSource {
            text: "module: x_1_0\n# edited\n",
            ..source
        };
        assert_eq!(cache.get(&edited), None);
        let other_generator = GenCache {
            generator: cache.generator.map(|g| g ^ 1),
            dir: cache.dir.clone(),
        };
        assert_eq!(other_generator.get(&source), None);
        let _ = fs::remove_dir_all(&root);
    }
}
