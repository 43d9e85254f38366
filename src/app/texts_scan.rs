//! The interface's words for collecting a room's codes: the camera scanner
//! and the hand-held scanner, in both languages.

use super::texts::Texts;

/// Why the camera could not be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CameraProblem {
    Denied,
    NoCamera,
    InUse,
    Decoder,
    Other,
}

impl Texts {
    pub fn scan_start(&self) -> &'static str {
        self.pick("Kamerayla tara", "Scan with the camera")
    }

    pub fn scan_stop(&self) -> &'static str {
        self.pick("Taramayı durdur", "Stop scanning")
    }

    pub fn scan_hint(&self) -> &'static str {
        self.pick(
            "Katılımcılar sonuç ekranındaki karekodu kameraya tutsun. Her yeni kod bir kez sayılır; tarama siz durdurana kadar sürer.",
            "Participants hold the QR code on their results screen up to the camera. Each new code is counted once; scanning goes on until you stop it.",
        )
    }

    pub fn scan_video(&self) -> &'static str {
        self.pick("Kamera görüntüsü", "Camera view")
    }

    pub fn scan_waiting(&self) -> &'static str {
        self.pick(
            "Kamera açık, karekod bekleniyor.",
            "The camera is on, waiting for a QR code.",
        )
    }

    pub fn scan_added(&self, participants: usize) -> String {
        match self.lang {
            crate::core::lang::Lang::Tr => {
                format!("✓ Eklendi. Odada {participants} katılımcı var.")
            }
            crate::core::lang::Lang::En => {
                format!("✓ Added. {participants} participants in the room.")
            }
        }
    }

    pub fn scan_repeat(&self) -> &'static str {
        self.pick(
            "Bu kod zaten sayıldı, yeniden eklenmedi.",
            "This code is already counted; it was not added again.",
        )
    }

    pub fn scan_stopped_hidden(&self) -> &'static str {
        self.pick(
            "Ekran arka plana geçtiği için kamera kapandı. Sürdürmek için yeniden başlatın.",
            "The camera was turned off because the screen went to the background. Start again to go on.",
        )
    }

    pub fn camera_problem(&self, problem: CameraProblem) -> &'static str {
        match problem {
            CameraProblem::Denied => self.pick(
                "Kamera izni verilmedi. Tarayıcının adres çubuğundaki kamera simgesinden izin verebilirsiniz. Kodları aşağıdaki kutuya yapıştırarak da ekleyebilirsiniz.",
                "Camera permission was not given. You can allow it from the camera icon in the browser's address bar. You can also add the codes by pasting them in the box below.",
            ),
            CameraProblem::NoCamera => self.pick(
                "Bu cihazda kamera bulunamadı. Kodları aşağıdaki kutuya yapıştırarak ekleyebilirsiniz.",
                "No camera was found on this device. You can add the codes by pasting them in the box below.",
            ),
            CameraProblem::InUse => self.pick(
                "Kamera başka bir uygulamada açık. O uygulamayı kapatıp yeniden deneyin ya da kodları aşağıdaki kutuya yapıştırın.",
                "The camera is in use by another application. Close it and try again, or paste the codes in the box below.",
            ),
            CameraProblem::Decoder => self.pick(
                "Karekod okuyucu yüklenemedi. Bağlantınızı denetleyip yeniden deneyin ya da kodları aşağıdaki kutuya yapıştırın.",
                "The QR reader could not be loaded. Check your connection and try again, or paste the codes in the box below.",
            ),
            CameraProblem::Other => self.pick(
                "Kamera açılamadı. Yeniden deneyin ya da kodları aşağıdaki kutuya yapıştırın.",
                "The camera could not be started. Try again, or paste the codes in the box below.",
            ),
        }
    }

    pub fn hand_scanner_hint(&self) -> &'static str {
        self.pick(
            "El tipi karekod okuyucu da kullanabilirsiniz: imleç bu kutudayken okutulan her kod, satır sonunda kendiliğinden eklenir.",
            "You can also use a hand-held QR scanner: with the cursor in this box, each code it reads is added by itself at the end of its line.",
        )
    }
}
