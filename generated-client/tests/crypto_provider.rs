//! Building a client changes nothing process-wide: the application can still install its own
//! rustls crypto provider afterwards. One test in its own binary: the provider is global.

mod common;

#[tokio::test]
async fn building_a_client_leaves_the_process_default_crypto_provider_alone() {
    let server = common::reply_with(
        wiremock::ResponseTemplate::new(200).set_body_raw("{}", "application/json"),
    )
    .await;
    let client = common::client(&server);
    // An https client too: its TLS set-up is where a provider would be installed.
    let https = generated_client::Client::from_config(
        generated_client::Config::new().base_url("https://dingtalk.invalid"),
    )
    .unwrap();
    client
        .team_sphere_1_0()
        .create_task("u", &common::seed_request())
        .await
        .unwrap();
    assert!(rustls::crypto::CryptoProvider::get_default().is_none());
    rustls::crypto::ring::default_provider()
        .install_default()
        .expect("the application can install its own provider");
    drop(https);
}
