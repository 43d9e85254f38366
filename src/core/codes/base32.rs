//! Crockford's base32: digits and capitals without I, L, O and U, so a code
//! read aloud or copied by hand survives. Reading is forgiving: any case,
//! O for 0, I and L (also Turkish ı and İ) for 1.

pub const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

pub fn symbol(value: u8) -> char {
    // `value & 31` is always in range; the fallback only satisfies the lint.
    ALPHABET
        .get(usize::from(value & 31))
        .map_or('0', |&symbol| char::from(symbol))
}

/// The 5-bit value of a typed character, `None` if it cannot be one.
pub fn value(c: char) -> Option<u8> {
    let c = match c {
        'O' | 'o' => '0',
        'I' | 'i' | 'L' | 'l' | 'ı' | 'İ' => '1',
        c => c.to_ascii_uppercase(),
    };
    ALPHABET
        .iter()
        .position(|&symbol| char::from(symbol) == c)
        .and_then(|position| u8::try_from(position).ok())
}

/// Characters people put around and inside a code that carry nothing.
pub fn is_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, '-' | '–' | '—' | '_' | '.')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_symbol_reads_back_and_lookalikes_are_forgiven() {
        for v in 0..32u8 {
            assert_eq!(value(symbol(v)), Some(v));
            assert_eq!(value(symbol(v).to_ascii_lowercase()), Some(v));
        }
        assert_eq!(value('o'), Some(0));
        assert_eq!(value('L'), Some(1));
        assert_eq!(value('ı'), Some(1));
        assert_eq!(value('İ'), Some(1));
        assert_eq!(value('U'), None);
        assert_eq!(value('#'), None);
        assert!(
            !ALPHABET.contains(&b'I') && !ALPHABET.contains(&b'O') && !ALPHABET.contains(&b'U')
        );
    }
}
