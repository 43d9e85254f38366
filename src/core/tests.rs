//! Tests of the core against a generated fixture bank (so each rule can be
//! broken on purpose) and against the real content under assets/content/.

mod fixture;

mod assessment_tests;
mod collect_tests;
mod content_parts_tests;
mod content_tests;
mod golden_tests;
mod migrate_tests;
mod paper_tests;
mod plan_tests;
mod role_tests;
mod scoring_tests;
mod session_tests;
mod share_code_tests;
mod sources_tests;
mod store_tests;
mod summary_tests;
mod workshop_tests;
