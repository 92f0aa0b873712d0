//! The allow-list: differences from the official SDK that are its defects, fixed on purpose.
//! One entry per line, `<module> <operation> <case> <kind> <field> <reason>`; `#` starts a
//! comment. An entry excuses one difference: that kind in that field of that case, and no
//! other (a second difference in the same case needs an entry of its own). An entry no case
//! needs fails the test, so the list stays exactly as long as the defects.

use std::fmt;
use std::path::Path;

pub struct Entry {
    module: String,
    operation: String,
    case: String,
    kind: String,
    field: String,
    reason: String,
}

impl fmt::Display for Entry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {} {} {} {} {}",
            self.module, self.operation, self.case, self.kind, self.field, self.reason
        )
    }
}

pub fn load(path: &Path) -> Vec<Entry> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut entries = Vec::new();
    for (number, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut parts = line.splitn(6, ' ');
        let mut next = || parts.next().unwrap_or_default().trim().to_owned();
        let entry = Entry {
            module: next(),
            operation: next(),
            case: next(),
            kind: next(),
            field: next(),
            reason: next(),
        };
        assert!(
            !entry.reason.is_empty() && matches!(entry.case.as_str(), "full" | "minimal"),
            "{}:{}: expected `<module> <operation> <full|minimal> <kind> <field> <reason>`",
            path.display(),
            number + 1
        );
        entries.push(entry);
    }
    entries
}

/// The entry excusing a difference of `kind` in `field` of this case.
pub fn find(
    entries: &[Entry],
    module: &str,
    operation: &str,
    case: &str,
    kind: &str,
    field: &str,
) -> Option<usize> {
    entries.iter().position(|e| {
        e.module == module
            && e.operation == operation
            && e.case == case
            && e.kind == kind
            && e.field == field
    })
}
