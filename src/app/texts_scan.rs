//! The interface's words for collecting a room's codes: the camera scanner
//! and the hand-held scanner, in both languages.

use crate::core::lang::Lang;
use crate::core::table_code::TableError;

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

    pub fn scan_added(&self, participants: usize, table: bool) -> String {
        match (self.lang, table) {
            (Lang::Tr, false) => format!("✓ Eklendi. Odada {participants} katılımcı var."),
            (Lang::Tr, true) => format!("✓ Eklendi. Masada {participants} katılımcı var."),
            (Lang::En, false) => format!("✓ Added. {participants} participants in the room."),
            (Lang::En, true) => format!("✓ Added. {participants} participants at the table."),
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

    pub fn table_title(&self) -> &'static str {
        self.pick("Masa toplayıcısı", "Table collector")
    }

    pub fn table_intro(&self) -> &'static str {
        self.pick(
            "Bu cihaz, masanızdaki katılımcıların kodlarını toplar ve hepsini tek bir karekodda birleştirir. Eğitmen bu karekodu bir kez tarayınca masanın tamamı odaya eklenir. Aynı kişi iki masada toplansa da odada bir kez sayılır.",
            "This device collects the codes of the participants at your table and joins them in one QR code. When the trainer scans it once, the whole table is added to the room. A person collected at two tables is still counted once in the room.",
        )
    }

    pub fn table_link(&self) -> &'static str {
        self.pick(
            "Masanızın kodlarını siz mi toplayacaksınız? Masa toplayıcısını açın",
            "Collecting your table's codes? Open the table collector",
        )
    }

    pub fn table_paste_label(&self) -> &'static str {
        self.pick(
            "Katılımcıların kodlarını ya da bağlantılarını yapıştırın",
            "Paste the participants' codes or links",
        )
    }

    pub fn table_add(&self) -> &'static str {
        self.pick("Masaya ekle", "Add to the table")
    }

    pub fn table_count(&self, participants: usize) -> String {
        match self.lang {
            Lang::Tr => format!("Masada {participants} katılımcı"),
            Lang::En => format!("{participants} participants at the table"),
        }
    }

    pub fn table_code_title(&self) -> &'static str {
        self.pick("Masanın kodu", "The table's code")
    }

    pub fn table_qr_label(&self) -> &'static str {
        self.pick(
            "Masanın karekodu: eğitmen bunu odanın ekranında tarar",
            "The table's QR code: the trainer scans it on the room's screen",
        )
    }

    pub fn table_code_label(&self) -> &'static str {
        self.pick(
            "Masanın kodu (karekod okunamazsa sohbet grubuna yapıştırın)",
            "The table's code (if the QR code cannot be read, paste it into the chat group)",
        )
    }

    pub fn table_full(&self) -> String {
        match self.lang {
            Lang::Tr => format!(
                "Bir masa en çok {} kişinin kodunu taşır. Yeni bir masa kodu başlatın.",
                crate::core::table_code::MAX_CODES
            ),
            Lang::En => format!(
                "A table carries at most {} people's codes. Start a new table code.",
                crate::core::table_code::MAX_CODES
            ),
        }
    }

    pub fn table_clear(&self) -> &'static str {
        self.pick("Masayı boşalt", "Empty the table")
    }

    pub fn table_cleared(&self) -> &'static str {
        self.pick("Masa boşaltıldı.", "The table was emptied.")
    }

    /// Why a table code was refused; none of its participants was added.
    pub fn table_error(&self, error: &TableError) -> &'static str {
        match error {
            TableError::WrongFormat { .. } => self.pick(
                "Bu masa kodu uygulamanın daha yeni bir sürümüyle yapılmış; hiçbir katılımcısı eklenmedi. Uygulamayı güncelleyip yeniden deneyin.",
                "This table code was made by a newer version of the app; none of its participants was added. Update the app and try again.",
            ),
            TableError::TooMany => self.pick(
                "Bu masa kodunda bir masaya sığandan çok kişi var; hiçbir katılımcısı eklenmedi.",
                "This table code holds more people than a table can; none of its participants was added.",
            ),
            TableError::NotATable | TableError::WrongLength | TableError::BadChecksum => self.pick(
                "Masa kodu bozuk ya da eksik; hiçbir katılımcısı eklenmedi. Masadan karekodu yeniden gösterin ya da kodu yeniden kopyalayın.",
                "The table code is damaged or incomplete; none of its participants was added. Show the table's QR code again or copy the code again.",
            ),
        }
    }
}
