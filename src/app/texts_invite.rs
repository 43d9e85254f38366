//! The interface's words for a room's invitation, on the trainer's side
//! and the participant's, in both languages.

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
}
