//! The public API as users meet it: the crate docs' example compiles and runs, a call's future
//! can be spawned, misuse does not compile. trybuild runs `pass` cases, so they are pointed at
//! a loopback server: one request from the example, two from the spawned calls.

mod common;

use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

#[tokio::test(flavor = "multi_thread")]
async fn ui() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(200).set_body_raw(common::SEED_REPLY, "application/json"),
        )
        .expect(3)
        .mount(&server)
        .await;
    // SAFETY: this is the only test in this binary, so no other thread reads the environment;
    // trybuild's child processes inherit it.
    unsafe { std::env::set_var("DINGTALK_BASE_URL", server.uri()) };
    tokio::task::spawn_blocking(|| {
        let cases = trybuild::TestCases::new();
        cases.pass("tests/ui/pass/*.rs");
        cases.compile_fail("tests/ui/fail/*.rs");
    })
    .await
    .unwrap();
}
