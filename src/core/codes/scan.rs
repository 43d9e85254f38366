//! Reading QR codes out of one camera frame, for the trainer's scanner on
//! browsers without `BarcodeDetector`. The frame arrives as RGBA pixels
//! from a canvas; any number of codes in it are read. Runs in a worker
//! (`src/bin/scan.rs`), never on the page's own thread.

/// Larger frames are refused before any work: the scanner sends at most
/// 1024 pixels a side, and a frame is untrusted input.
pub const MAX_SIDE: usize = 2048;

/// The texts of every QR code readable in a `width` × `height` frame of
/// RGBA pixels (row by row, 4 bytes a pixel). A frame of the wrong size,
/// or one with no readable code, gives none.
pub fn read_rgba(width: usize, height: usize, rgba: &[u8]) -> Vec<String> {
    if width == 0 || height == 0 || width > MAX_SIDE || height > MAX_SIDE {
        return Vec::new();
    }
    if rgba.len() != width * height * 4 {
        return Vec::new();
    }
    let luma: Vec<u8> = rgba.chunks_exact(4).map(luma_of).collect();
    read_luma(width, height, &luma)
}

/// The same for a frame of one grey byte per pixel.
pub fn read_luma(width: usize, height: usize, luma: &[u8]) -> Vec<String> {
    if width == 0 || height == 0 || width > MAX_SIDE || height > MAX_SIDE {
        return Vec::new();
    }
    if luma.len() != width * height {
        return Vec::new();
    }
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| {
        luma.get(y * width + x).copied().unwrap_or(255)
    });
    let mut texts: Vec<String> = image
        .detect_grids()
        .into_iter()
        .filter_map(|grid| grid.decode().ok().map(|(_, text)| text))
        .collect();
    texts.dedup();
    texts
}

/// ITU-R BT.601 luma, in integers: what a camera's grey would be.
fn luma_of(pixel: &[u8]) -> u8 {
    let [r, g, b, ..] = pixel else { return 255 };
    let y = (299 * u32::from(*r) + 587 * u32::from(*g) + 114 * u32::from(*b)) / 1000;
    u8::try_from(y).unwrap_or(255)
}

#[cfg(test)]
mod tests {
    use super::*;
    use qrcode::{Color, EcLevel, QrCode};

    /// `text` as a QR code drawn `scale` pixels a module with a quiet zone,
    /// placed at (`left`, `top`) of a white frame: RGBA.
    fn frame(texts: &[(&str, usize, usize)], width: usize, height: usize, scale: usize) -> Vec<u8> {
        let mut rgba = vec![255u8; width * height * 4];
        for &(text, left, top) in texts {
            let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).unwrap();
            let side = code.width();
            let colors = code.to_colors();
            for my in 0..side {
                for mx in 0..side {
                    if colors[my * side + mx] != Color::Dark {
                        continue;
                    }
                    for dy in 0..scale {
                        for dx in 0..scale {
                            let (x, y) =
                                (left + (mx + 4) * scale + dx, top + (my + 4) * scale + dy);
                            let at = (y * width + x) * 4;
                            rgba[at..at + 3].copy_from_slice(&[20, 20, 20]);
                        }
                    }
                }
            }
        }
        rgba
    }

    #[test]
    fn a_share_link_drawn_in_a_frame_is_read_back() {
        let link = "https://katilim.example.org/shared#101N-F6YP-ZYVF-ZDZP-VDPZ-YVDQ-ZDPG-78FV";
        let rgba = frame(&[(link, 10, 30)], 320, 240, 4);
        assert_eq!(read_rgba(320, 240, &rgba), vec![link.to_owned()]);
    }

    #[test]
    fn two_codes_in_one_frame_are_both_read() {
        let (a, b) = ("1Z3K9D2F", "7QWERTY2");
        let rgba = frame(&[(a, 0, 0), (b, 200, 0)], 400, 200, 5);
        let mut read = read_rgba(400, 200, &rgba);
        read.sort();
        assert_eq!(read, vec![a.to_owned(), b.to_owned()]);
    }

    #[test]
    fn frames_without_a_code_or_of_the_wrong_size_read_nothing() {
        assert!(read_rgba(64, 48, &vec![255; 64 * 48 * 4]).is_empty());
        assert!(read_rgba(64, 48, &vec![0; 64 * 48 * 4]).is_empty());
        // The buffer does not match the size it claims.
        assert!(read_rgba(64, 48, &[0; 100]).is_empty());
        assert!(read_rgba(0, 48, &[]).is_empty());
        assert!(read_rgba(MAX_SIDE + 1, 1, &vec![0; (MAX_SIDE + 1) * 4]).is_empty());
        assert!(read_luma(3, 3, &[0, 255, 0, 255, 0, 255, 0, 255, 0]).is_empty());
    }
}
