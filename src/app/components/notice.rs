//! Tells the user, in their language, what happened to their data.

use leptos::prelude::*;

use super::super::storage::Notice;
use super::super::{browser, AppState};

#[component]
pub fn NoticeBanner() -> impl IntoView {
    let state = expect_context::<AppState>();
    let text = move || {
        let t = state.t();
        state.notice.get().map(|notice| match notice {
            Notice::Corrupted => t.notice_corrupted,
            Notice::Unavailable => t.notice_unavailable,
            Notice::SaveFailed => t.notice_save_failed,
            Notice::Newer => t.notice_newer,
        })
    };
    view! {
        <div role="status" class="notice-area">
            {move || state.update_ready.get().then(|| view! {
                <div class="notice">
                    <p>{state.t().update_ready}</p>
                    <button type="button" class="primary" on:click=move |_| browser::activate_update()>{state.t().update_now}</button>
                </div>
            })}
            {move || text().map(|text| view! {
                <div class="notice">
                    <p>{text}</p>
                    <button type="button" on:click=move |_| state.notice.set(None)>{state.t().dismiss}</button>
                </div>
            })}
        </div>
    }
}
