//! The interface's words for a room's invitation, on the trainer's side
//! and the participant's, and for merging rooms, in both languages.

use crate::core::lang::Lang;
use crate::core::role::Role;

use super::texts::Texts;

impl Texts {
    pub fn invite_button(&self) -> &'static str {
        self.pick("Katılımcıları davet et", "Invite the participants")
    }

    pub fn invite_qr_label(&self) -> &'static str {
        self.pick(
            "Davet karekodu: katılımcılar telefonlarının kamerasıyla okutur",
            "Invitation QR code: participants read it with their phone's camera",
        )
    }

    pub fn invite_hint(&self) -> &'static str {
        self.pick(
            "Katılımcılar karekodu okutunca uygulama bu odanın adıyla ve dilinde açılır. Sonuçlarının bağlantısı odanın etiketini taşır; böylece oda kendi katılımcılarının kodlarını eski ya da başka odaların kodlarından ayırır.",
            "When participants read the QR code, the app opens with this room's name, in its language. The link of their result carries the room's tag, so the room can tell its own participants' codes from old ones or other rooms'.",
        )
    }

    pub fn invite_title(&self, room: &str) -> String {
        match self.lang {
            Lang::Tr => format!("{room} için değerlendirme"),
            Lang::En => format!("Assessment for {room}"),
        }
    }

    pub fn invite_lead(&self) -> &'static str {
        self.pick(
            "Eğitmeniniz sizi bu odaya davet etti. Soruları yanıtlayın; sonunda sonucunuzun karekodunu eğitmene gösterin. Yanıtlarınız bu cihazda kalır, adınız ve kurumunuzun adı hiçbir yere gitmez.",
            "Your trainer has invited you to this room. Answer the questions; at the end, show your result's QR code to the trainer. Your answers stay on this device; your name and your organisation's name go nowhere.",
        )
    }

    pub fn invite_start(&self, role: Role) -> &'static str {
        match role {
            Role::Ngo => self.pick("STK adına başla", "Start on behalf of an NGO"),
            Role::Institution => self.pick(
                "Kamu kurumu adına başla",
                "Start on behalf of a public institution",
            ),
        }
    }

    pub fn invite_broken_title(&self) -> &'static str {
        self.pick("Davet okunamadı", "The invitation could not be read")
    }

    pub fn invite_broken(&self) -> &'static str {
        self.pick(
            "Bu davet bağlantısı eksik ya da bozuk. Eğitmenin ekranındaki karekodu yeniden okutun ya da değerlendirmeye davetsiz başlayın.",
            "This invitation link is incomplete or damaged. Read the QR code on the trainer's screen again, or start the assessment without it.",
        )
    }

    pub fn show_trainer(&self) -> &'static str {
        self.pick(
            "Sonucunuzu eğitmene gösterin",
            "Show your result to the trainer",
        )
    }

    pub fn foreign_codes(&self, count: usize) -> String {
        match self.lang {
            Lang::Tr => format!(
                "{count} kod başka bir odanın davetiyle yapılmış (eski bir oturumdan ya da başka bir salondan olabilir). Yine de bu odaya eklensin mi?"
            ),
            Lang::En => format!(
                "{count} codes were made from another room's invitation (perhaps an earlier session or another hall). Add them to this room anyway?"
            ),
        }
    }

    pub fn foreign_add(&self) -> &'static str {
        self.pick("Yine de ekle", "Add them anyway")
    }

    pub fn foreign_skip(&self) -> &'static str {
        self.pick("Ekleme", "Do not add")
    }

    pub fn scan_foreign(&self) -> &'static str {
        self.pick(
            "Bu kod başka bir odanın davetiyle yapılmış; eklemeden önce aşağıda soruluyor.",
            "This code was made from another room's invitation; you are asked below before it is added.",
        )
    }

    pub fn merge_title(&self) -> &'static str {
        self.pick("Odaları birleştir", "Merge rooms")
    }

    pub fn merge_intro(&self) -> &'static str {
        self.pick(
            "Birçok ilde ya da oturumda toplanan odaların dosyalarını tek bir tabloda görün. Her katılımcı bir kez sayılır; anonimlik sınırı odaların en sıkısıdır.",
            "See the files of rooms gathered in many provinces or sessions in one picture. Each participant is counted once; the anonymity floor is the strictest of the rooms'.",
        )
    }

    pub fn merge_label(&self) -> &'static str {
        self.pick(
            "Birleştirilecek oda dosyaları (.json, birden fazla seçin)",
            "Room files to merge (.json, choose several)",
        )
    }

    pub fn merged_name(&self, rooms: &str) -> String {
        match self.lang {
            Lang::Tr => format!("Birleşik: {rooms}"),
            Lang::En => format!("Merged: {rooms}"),
        }
    }

    pub fn merge_refused(&self, files: &str) -> String {
        match self.lang {
            Lang::Tr => format!(
                "Bu dosyalar oda dosyası olarak okunamadı, birleştirmeye katılmadı: {files}"
            ),
            Lang::En => {
                format!("These files could not be read as room files and were left out: {files}")
            }
        }
    }

    pub fn compare_title(&self) -> &'static str {
        self.pick("İki odayı karşılaştır", "Compare two rooms")
    }

    pub fn compare_first(&self) -> &'static str {
        self.pick(
            "Birinci oda (örneğin eğitimden önce)",
            "First room (for example before a training)",
        )
    }

    pub fn compare_second(&self) -> &'static str {
        self.pick(
            "İkinci oda (örneğin eğitimden sonra)",
            "Second room (for example after a training)",
        )
    }

    pub fn compare_caption(&self) -> &'static str {
        self.pick(
            "Adım adım iki odanın tipik (ortanca) düzeyi ve aradaki değişim",
            "Step by step, each room's typical (median) level and the change",
        )
    }

    pub fn compare_change(&self) -> &'static str {
        self.pick("Değişim", "Change")
    }

    /// The change of a step's typical level from the first room to the
    /// second, in words.
    pub fn compare_cell(&self, difference: Option<i8>) -> String {
        match (self.lang, difference) {
            (Lang::Tr, None) => "Gösterilmiyor".into(),
            (Lang::En, None) => "Not shown".into(),
            (Lang::Tr, Some(0)) => "Değişmedi".into(),
            (Lang::En, Some(0)) => "No change".into(),
            (Lang::Tr, Some(d)) if d > 0 => format!("{d} düzey yukarı"),
            (Lang::Tr, Some(d)) => format!("{} düzey aşağı", -d),
            (Lang::En, Some(d)) if d > 0 => format!("{d} level(s) up"),
            (Lang::En, Some(d)) => format!("{} level(s) down", -d),
        }
    }
}
