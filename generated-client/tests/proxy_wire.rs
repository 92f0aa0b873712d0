//! Proxies: none unless configured; the environment's `HTTP_PROXY` and friends are ignored (so
//! the token never goes to a proxy the application did not name); `Config::proxy` is honoured.
//! One test in its own binary: it sets process-wide environment variables.

mod common;

use common::{TOKEN, client, header, seed_request};
use generated_client::{Client, Config};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

async fn answering() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(200).set_body_raw("{}", "application/json"))
        .mount(&server)
        .await;
    server
}

async fn seen(server: &MockServer) -> Vec<wiremock::Request> {
    server.received_requests().await.unwrap()
}

#[tokio::test]
async fn environment_proxies_are_ignored_and_a_configured_proxy_is_used() {
    let (server, proxy) = (answering().await, answering().await);
    // SAFETY: the only test of this binary; nothing else reads the environment meanwhile.
    unsafe {
        for name in ["HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy"] {
            std::env::set_var(name, proxy.uri());
        }
        for name in ["ALL_PROXY", "all_proxy"] {
            std::env::set_var(name, proxy.uri());
        }
        std::env::remove_var("NO_PROXY");
        std::env::remove_var("no_proxy");
    }

    client(&server)
        .team_sphere_1_0()
        .create_task("u", &seed_request())
        .await
        .unwrap();
    assert_eq!(seen(&server).await.len(), 1);
    assert!(
        seen(&proxy).await.is_empty(),
        "the environment's proxy was used"
    );

    // A configured proxy gets the request in absolute form; the base URL's host is never
    // resolved here.
    let config = Config::new()
        .base_url("http://dingtalk.invalid")
        .access_token(TOKEN)
        .proxy(proxy.uri());
    assert!(!format!("{config:?}").contains(&proxy.uri()));
    Client::from_config(config.clone())
        .unwrap()
        .team_sphere_1_0()
        .create_task("u", &seed_request())
        .await
        .unwrap();
    let through = seen(&proxy).await;
    assert_eq!(through.len(), 1);
    assert_eq!(through[0].url.host_str(), Some("dingtalk.invalid"));
    assert_eq!(through[0].url.path(), "/v1.0/teamSphere/users/u/tasks");
    assert_eq!(
        header(&through[0], "x-acs-dingtalk-access-token"),
        Some(TOKEN)
    );

    // `no_proxy()` takes it back.
    let direct = config.base_url(server.uri()).no_proxy();
    Client::from_config(direct)
        .unwrap()
        .team_sphere_1_0()
        .create_task("u", &seed_request())
        .await
        .unwrap();
    assert_eq!(seen(&server).await.len(), 2);
    assert_eq!(seen(&proxy).await.len(), 1);

    // A proxy that is not a URL is refused when the client is built.
    let error = Client::from_config(Config::new().proxy("not a url")).unwrap_err();
    assert!(error.to_string().contains("proxy"), "{error}");
}
