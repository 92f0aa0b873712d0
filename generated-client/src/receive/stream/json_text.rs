//! JSON strings read and written by hand on the hot path of every frame: a frame's members
//! and headers, and its `data`, a kilobyte of JSON escaped inside a string for a robot
//! message, checked in one pass that notes where its escapes are (so that it can be read
//! where it lies, `escaped_json`, or unescaped, without looking for them again). The reader
//! accepts only what serde_json accepts, and reads it the same way; anything it does not
//! handle (a lone surrogate, a raw control character, the end of the text) it declines with
//! `None`, and the caller leaves the whole text to serde_json, whose answer (or error) then
//! stands.

/// Eight copies of a byte, for testing the eight bytes of a word at once.
const fn splat(byte: u8) -> u64 {
    0x0101_0101_0101_0101 * byte as u64
}

/// The special bytes among the 16 of `chunk` as a mask, bit `i` for byte `i`. SSE2 compares
/// the 16 at once, exactly, so that one mask serves every special byte of the chunk: a
/// robot message's data has an escape every eleven bytes or so.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[inline]
fn specials16(chunk: &[u8; 16]) -> u32 {
    use std::arch::x86_64::{
        _mm_cmpeq_epi8, _mm_loadu_si128, _mm_min_epu8, _mm_movemask_epi8, _mm_or_si128,
        _mm_set1_epi8,
    };
    // SAFETY: the cfg above compiles this only where SSE2 is enabled (every x86_64 target
    // has it), and the unaligned load reads the 16 bytes `chunk` borrows, no more.
    unsafe {
        let bytes = _mm_loadu_si128(chunk.as_ptr().cast());
        let quote = _mm_cmpeq_epi8(bytes, _mm_set1_epi8(b'"' as i8));
        let backslash = _mm_cmpeq_epi8(bytes, _mm_set1_epi8(b'\\' as i8));
        // Below 0x20, unsigned: the byte is its own minimum with 0x1f.
        let control = _mm_cmpeq_epi8(_mm_min_epu8(bytes, _mm_set1_epi8(0x1f)), bytes);
        _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(quote, backslash), control)) as u32
    }
}

#[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
#[inline]
fn specials16(chunk: &[u8; 16]) -> u32 {
    specials16_by_words(chunk)
}

/// [`specials16`] without SIMD: eight bytes a word, each test exact (no carry crosses a
/// byte), the high bits then gathered into a mask.
#[cfg_attr(all(target_arch = "x86_64", target_feature = "sse2"), allow(dead_code))]
fn specials16_by_words(chunk: &[u8; 16]) -> u32 {
    const LOW7: u64 = splat(0x7f);
    fn word(chunk: &[u8; 16], at: usize) -> u64 {
        let mut word = [0; 8];
        word.copy_from_slice(&chunk[at..at + 8]);
        u64::from_le_bytes(word)
    }
    fn mask(word: u64) -> u32 {
        // The high bit of each byte that is not zero, and of each that is at least 0x20.
        let nonzero = |x: u64| ((x & LOW7) + LOW7) | x;
        let printable = ((word & LOW7) + splat(0x60)) | word;
        let hits =
            !(nonzero(word ^ splat(b'"')) & nonzero(word ^ splat(b'\\')) & printable) & splat(0x80);
        // Bit 8i + 7 of `hits` to bit i.
        ((hits >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56) as u32
    }
    mask(word(chunk, 0)) | mask(word(chunk, 8)) << 8
}

/// The mask of the special bytes among the (at most) 16 from `from`, and how many bytes it
/// covers; `None` past the end.
#[inline]
fn specials_at(bytes: &[u8], from: usize) -> Option<(u32, usize)> {
    if let Some(chunk) = bytes.get(from..from + 16) {
        let chunk: &[u8; 16] = chunk.try_into().ok()?;
        return Some((specials16(chunk), 16));
    }
    let tail = bytes.get(from..).filter(|tail| !tail.is_empty())?;
    // Padded with a byte that is not special.
    let mut chunk = [b' '; 16];
    chunk[..tail.len()].copy_from_slice(tail);
    Some((specials16(&chunk), tail.len()))
}

/// Where the next `"`, `\` or control character is, at or after `from`.
pub(crate) fn next_special(bytes: &[u8], mut from: usize) -> Option<usize> {
    loop {
        let (mask, covered) = specials_at(bytes, from)?;
        if mask != 0 {
            return Some(from + mask.trailing_zeros() as usize);
        }
        from += covered;
    }
}

/// Four hex digits at `at`.
pub(crate) fn hex4(bytes: &[u8], at: usize) -> Option<u32> {
    let digits = bytes.get(at..at + 4)?;
    digits.iter().try_fold(0, |code, &b| {
        let digit = (b as char).to_digit(16)?;
        Some(code << 4 | digit)
    })
}

/// The character of the escape at `at` (its backslash) and the escape's length.
pub(crate) fn unescape(bytes: &[u8], at: usize) -> Option<(char, usize)> {
    let c = match *bytes.get(at + 1)? {
        b'"' => '"',
        b'\\' => '\\',
        b'/' => '/',
        b'b' => '\x08',
        b'f' => '\x0c',
        b'n' => '\n',
        b'r' => '\r',
        b't' => '\t',
        b'u' => {
            let first = hex4(bytes, at + 2)?;
            if !(0xD800..0xDC00).contains(&first) {
                // A trailing surrogate alone is no character: declined.
                return Some((char::from_u32(first)?, 6));
            }
            // A leading surrogate needs its trailing one, escaped right after it.
            if bytes.get(at + 6..at + 8)? != b"\\u" {
                return None;
            }
            let second = hex4(bytes, at + 8)?;
            if !(0xDC00..0xE000).contains(&second) {
                return None;
            }
            let code = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
            return Some((char::from_u32(code)?, 12));
        }
        _ => return None,
    };
    Some((c, 2))
}

/// The content of a string [`Reader::string_escapes`] checked, unescaped, its escapes where
/// that noted them (so not looked for again; one that were not an escape would be left as
/// it is).
pub(crate) fn unescape_content(content: &str, escapes: &[u32]) -> String {
    let mut text = String::with_capacity(content.len());
    let mut run = 0;
    for &at in escapes {
        let at = at as usize;
        if let (Some(plain), Some((c, len))) =
            (content.get(run..at), unescape(content.as_bytes(), at))
        {
            text.push_str(plain);
            text.push(c);
            run = at + len;
        }
    }
    text.push_str(content.get(run..).unwrap_or_default());
    text
}

/// A cursor over a JSON text.
pub(crate) struct Reader<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Reader<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        Reader { text, at: 0 }
    }

    /// The next byte that is not whitespace, left unread.
    pub(crate) fn peek(&mut self) -> Option<u8> {
        let bytes = self.text.as_bytes();
        while let Some(&b) = bytes.get(self.at) {
            if !matches!(b, b' ' | b'\n' | b'\r' | b'\t') {
                return Some(b);
            }
            self.at += 1;
        }
        None
    }

    /// Reads `byte` (after whitespace) when it is next.
    pub(crate) fn eat(&mut self, byte: u8) -> bool {
        let next = self.peek() == Some(byte);
        if next {
            self.at += 1;
        }
        next
    }

    /// Whether nothing but whitespace is left.
    pub(crate) fn at_end(&mut self) -> bool {
        self.peek().is_none()
    }

    /// Reads a string (after whitespace), unescaped, onto the end of `out`.
    pub(crate) fn string_into(&mut self, out: &mut String) -> Option<()> {
        if !self.eat(b'"') {
            return None;
        }
        let bytes = self.text.as_bytes();
        // The plain text not yet copied starts at `run`; the next special byte is looked for
        // from `from`.
        let (mut run, mut from) = (self.at, self.at);
        loop {
            let at = next_special(bytes, from)?;
            match bytes[at] {
                b'"' => {
                    // Every cut is at an ASCII byte, so on a character boundary.
                    out.push_str(self.text.get(run..at)?);
                    self.at = at + 1;
                    return Some(());
                }
                b'\\' => {
                    out.push_str(self.text.get(run..at)?);
                    match bytes.get(at + 1) {
                        // The escaped character is itself: it starts the next run (most
                        // escapes in a frame's data are quotes).
                        Some(b'"' | b'\\' | b'/') => (run, from) = (at + 1, at + 2),
                        _ => {
                            let (c, len) = unescape(bytes, at)?;
                            out.push(c);
                            (run, from) = (at + len, at + len);
                        }
                    }
                }
                // A raw control character: not JSON.
                _ => return None,
            }
        }
    }

    /// Reads past a string (after whitespace), checking it as [`string_into`] would.
    ///
    /// [`string_into`]: Reader::string_into
    pub(crate) fn skip_string(&mut self) -> Option<()> {
        self.string_escapes(&mut Vec::new()).map(drop)
    }

    /// Reads past a string (after whitespace) as [`skip_string`] does, and says where its
    /// content (still escaped, without the quotes) is in the text; the position of each
    /// escape in it (its backslash, from the content's start) is added to `escapes`, so that
    /// the content can be read again without looking for them.
    ///
    /// [`skip_string`]: Reader::skip_string
    pub(crate) fn string_escapes(
        &mut self,
        escapes: &mut Vec<u32>,
    ) -> Option<std::ops::Range<usize>> {
        if !self.eat(b'"') {
            return None;
        }
        let start = self.at;
        let bytes = self.text.as_bytes();
        // Every offset in the text fits the escapes' `u32`s (checked once, not per escape).
        u32::try_from(bytes.len()).ok()?;
        let mut from = start;
        'chunks: loop {
            let (mut mask, covered) = specials_at(bytes, from)?;
            // Each special byte of the chunk in turn, from its one mask.
            while mask != 0 {
                let at = from + mask.trailing_zeros() as usize;
                match bytes[at] {
                    b'"' => {
                        self.at = at + 1;
                        return Some(start..at);
                    }
                    b'\\' => {
                        escapes.push((at - start) as u32);
                        // A data string's escapes are nearly all `\"`, tested first; the other
                        // short ones next, and `\u` by `unescape`.
                        let next = match bytes.get(at + 1) {
                            Some(b'"') => at + 2,
                            Some(b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => at + 2,
                            _ => at + unescape(bytes, at)?.1,
                        };
                        let read = next - from;
                        if read >= covered {
                            from = next;
                            continue 'chunks;
                        }
                        // The escaped character may be special itself: passed over.
                        mask &= u32::MAX << read;
                    }
                    _ => return None,
                }
            }
            from += covered;
        }
    }

    /// Reads a string with no escapes in it (after whitespace), borrowed.
    pub(crate) fn plain_string(&mut self) -> Option<&'a str> {
        if !self.eat(b'"') {
            return None;
        }
        let at = next_special(self.text.as_bytes(), self.at)?;
        if self.text.as_bytes()[at] != b'"' {
            return None;
        }
        let text = self.text.get(self.at..at)?;
        self.at = at + 1;
        Some(text)
    }
}

/// Appends `text` as a JSON string, quotes included, escaped as serde_json escapes it (the
/// short escapes where JSON has one, `\u00xx` for the other control characters).
pub(crate) fn write_string(out: &mut String, text: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push('"');
    let bytes = text.as_bytes();
    let mut run = 0;
    while let Some(at) = next_special(bytes, run) {
        out.push_str(&text[run..at]);
        match bytes[at] {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            b'\x08' => out.push_str("\\b"),
            b'\x0c' => out.push_str("\\f"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            control => {
                out.push_str("\\u00");
                out.push(HEX[usize::from(control >> 4)] as char);
                out.push(HEX[usize::from(control & 0xf)] as char);
            }
        }
        run = at + 1;
    }
    out.push_str(&text[run..]);
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(json: &str) -> Option<String> {
        let mut reader = Reader::new(json);
        let mut out = String::new();
        reader.string_into(&mut out)?;
        reader.at_end().then_some(out)
    }

    /// Every string the reader reads, serde_json reads alike; every one it declines, serde_json
    /// refuses, or reads with something this reader leaves to it.
    fn agrees(json: &str) {
        let ours = read(json);
        let theirs = serde_json::from_str::<String>(json).ok();
        if let Some(ours) = &ours {
            assert_eq!(Some(ours), theirs.as_ref(), "{json:?}");
        }
    }

    #[test]
    fn strings_read_as_serde_json_reads_them() {
        let cases = [
            r#""""#,
            r#""plain""#,
            r#"  "spaced"  "#,
            r#""{\"msgId\":\"x\",\"text\":{\"content\":\"hi\"}}""#,
            r#""a\\b\/c\bd\fe\nf\rg\th""#,
            r#""\u00e9\u4f60\uD83D\uDE00 and \ud83d\ude00""#,
            r#""unicode 你好，今天 😀 raw""#,
            r#""exactly8""#,
            r#""0123456789abcdef\"0123456789abcdef""#,
        ];
        for json in cases {
            assert!(read(json).is_some(), "{json:?}");
            agrees(json);
        }
        assert_eq!(read(r#""\uD83D\uDE00""#).unwrap(), "😀");
        assert_eq!(read(r#""\u0000""#).unwrap(), "\0");
    }

    #[test]
    fn what_is_not_plain_json_is_declined() {
        let cases = [
            "\"unterminated",
            "\"bad \\x escape\"",
            "\"short \\u12\"",
            "\"not hex \\u12g4\"",
            "\"lone lead \\uD83D\"",
            "\"lead then text \\uD83Dab\"",
            "\"lead then lead \\uD83D\\uD83D\"",
            "\"lone trail \\uDE00\"",
            "\"raw\ncontrol\"",
            "\"tab\tinside\"",
            "'single'",
            "\"ends with a backslash\\",
        ];
        for json in cases {
            assert_eq!(read(json), None, "{json:?}");
            agrees(json);
        }
    }

    #[test]
    fn every_byte_position_of_a_special_is_found() {
        // The scan sixteen bytes at a time, with the special byte at each of 20 positions, after
        // multi-byte characters and bytes just above and below the ones it looks for.
        for at in 0..20 {
            for special in ["\\\"", "\\\\", "\\n", "\\u0001"] {
                let mut json = String::from("\"");
                for i in 0..at {
                    json.push(['é', '!', '#', '[', ']', ' ', '\u{7f}'][i % 7]);
                }
                json.push_str(special);
                json.push_str("tail 😀\"");
                assert!(read(&json).is_some(), "{json:?}");
                agrees(&json);
            }
        }
    }

    #[test]
    fn the_masks_of_special_bytes_are_exact() {
        let special = |b: u8| b == b'"' || b == b'\\' || b < 0x20;
        let reference = |chunk: &[u8; 16]| {
            (0..16).fold(0u32, |mask, i| mask | u32::from(special(chunk[i])) << i)
        };
        let mut chunks = Vec::new();
        // Every byte value at every position, among bytes next to the special ones.
        for at in 0..16 {
            for b in 0..=255u8 {
                let mut chunk: [u8; 16] = std::array::from_fn(|i| {
                    b"!#[]\x1f\x20\x7f\x80\xff\x21\x5b\x5d\x5c\x22\x00\x1e"[i]
                });
                chunk[at] = b;
                chunks.push(chunk);
                let mut chunk = [b'a'; 16];
                chunk[at] = b;
                chunks.push(chunk);
            }
        }
        // And mixed ones (a fixed linear congruential sequence).
        let mut state = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..20_000 {
            chunks.push(std::array::from_fn(|_| {
                state = state
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1);
                (state >> 56) as u8
            }));
        }
        for chunk in &chunks {
            assert_eq!(specials16(chunk), reference(chunk), "{chunk:?}");
            assert_eq!(specials16_by_words(chunk), reference(chunk), "{chunk:?}");
        }
    }

    #[test]
    fn a_string_s_escapes_are_noted_wherever_they_fall() {
        // Escapes of each length at every offset across two chunks, one after another or
        // apart, the string ending at every offset too.
        let escapes = ["\\\"", "\\\\", "\\n", "\\u00e9", "\\uD83D\\uDE00"];
        for lead in 0..34 {
            for first in escapes {
                for gap in [0, 1, 5, 15, 16, 17] {
                    for second in escapes {
                        let mut content = "x".repeat(lead);
                        let mut expected = vec![lead as u32];
                        content.push_str(first);
                        content.push_str(&"é".repeat(gap / 2));
                        content.push_str(&"y".repeat(gap % 2));
                        expected.push(content.len() as u32);
                        content.push_str(second);
                        let json = format!("\"{content}\" ,");
                        let mut reader = Reader::new(&json);
                        let mut noted = Vec::new();
                        let range = reader.string_escapes(&mut noted);
                        assert_eq!(range, Some(1..1 + content.len()), "{json:?}");
                        assert_eq!(noted, expected, "{json:?}");
                        assert!(reader.eat(b','), "{json:?}");
                        agrees(&json[..json.len() - 2]);
                    }
                }
            }
        }
        // Not a string: a control character or the end of the text, at any offset.
        for at in 0..40 {
            let json = format!("\"{}\u{1}\"", "\\\"".repeat(at / 2) + &"z".repeat(at % 2));
            assert_eq!(Reader::new(&json).string_escapes(&mut Vec::new()), None);
            let json = format!("\"{}", "ab\\\"".repeat(at));
            assert_eq!(Reader::new(&json).string_escapes(&mut Vec::new()), None);
        }
    }

    #[test]
    fn written_strings_are_serde_json_s_bytes() {
        let mut all_controls = String::new();
        for b in 0u8..0x20 {
            all_controls.push(b as char);
        }
        for text in [
            "",
            "plain",
            r#"{"response":null}"#,
            "back\\slash and \"quotes\"",
            &all_controls,
            "\u{7f} é 你好 😀",
        ] {
            let mut ours = String::new();
            write_string(&mut ours, text);
            assert_eq!(ours, serde_json::to_string(text).unwrap());
            assert_eq!(read(&ours).as_deref(), Some(text));
        }
    }
}
