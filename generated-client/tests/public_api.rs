//! The public API as users meet it, from outside the crate: the crate docs' example compiles and
//! runs, and a call's future can be spawned. Each file is a program's `main`, run here against
//! a loopback server: one request from the example, two from the spawned calls. (Misuse that
//! must not compile is `ui.rs`.)

mod common;

// Each program as it is written, its `main` called from here.
mod crate_docs_example {
    include!("public_api/crate_docs_example.rs");
    pub fn run() -> Result<(), Box<dyn std::error::Error>> {
        main()
    }
}
mod spawned_call {
    include!("public_api/spawned_call.rs");
    pub fn run() -> Result<(), Box<dyn std::error::Error>> {
        main()
    }
}

use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

#[test]
fn the_crate_docs_example_and_spawned_calls_run() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let server = runtime.block_on(MockServer::start());
    runtime.block_on(
        Mock::given(method("POST"))
            .respond_with(
                ResponseTemplate::new(200).set_body_raw(common::SEED_REPLY, "application/json"),
            )
            .expect(3)
            .mount(&server),
    );
    // SAFETY: the only test in this binary; no other thread reads the environment.
    unsafe { std::env::set_var("DINGTALK_BASE_URL", server.uri()) };

    crate_docs_example::run().unwrap();
    spawned_call::run().unwrap();
    // The expectation of three requests is checked as the server stops.
    drop(server);
}
