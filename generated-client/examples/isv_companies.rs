//! A third-party (ISV) app serving several companies from one client: one connection pool and
//! one configuration, and a handle per company (`Client::with_token_provider`) whose calls
//! carry that company's token (`IsvCorpTokens`, fed by the suite ticket DingTalk pushes).
//!
//! ```sh
//! DINGTALK_SUITE_KEY=... DINGTALK_SUITE_SECRET=... DINGTALK_SUITE_TICKET=... \
//! DINGTALK_CORP_IDS=ding1,ding2 DINGTALK_USER_ID=... \
//!     cargo run -p generated-client --example isv_companies
//! ```
//!
//! Environment: `DINGTALK_SUITE_KEY`, `DINGTALK_SUITE_SECRET`, `DINGTALK_SUITE_TICKET` (the
//! last one pushed), `DINGTALK_CORP_IDS` (comma-separated), `DINGTALK_USER_ID`, and
//! `DINGTALK_BASE_URL` (default: the real API). Prints each company's task ids.

use std::collections::BTreeMap;

use generated_client::team_sphere_1_0::{SearchAllTasksByTqlRequest, SearchAllTasksByTqlRequired};
use generated_client::{Client, Config, IsvCorpTokens, SuiteTicket};

/// The companies that installed the app, each with its handle on the one client.
pub struct Companies {
    client: Client,
    suite_key: String,
    suite_secret: String,
    /// Shared by every company's provider; `set` it when DingTalk pushes a new ticket.
    pub ticket: SuiteTicket,
    handles: BTreeMap<String, Client>,
}

impl Companies {
    /// No company yet.
    pub fn new(client: Client, suite_key: &str, suite_secret: &str, ticket: SuiteTicket) -> Self {
        Companies {
            client,
            suite_key: suite_key.to_owned(),
            suite_secret: suite_secret.to_owned(),
            ticket,
            handles: BTreeMap::new(),
        }
    }

    /// The handle of company `corp_id`, made on first use and kept: its token cache lives in it.
    pub fn company(&mut self, corp_id: &str) -> &Client {
        self.handles.entry(corp_id.to_owned()).or_insert_with(|| {
            let tokens = IsvCorpTokens::new(
                &self.suite_key,
                &self.suite_secret,
                corp_id,
                self.ticket.clone(),
            );
            self.client.with_token_provider(tokens)
        })
    }
}

/// Each company's unfinished task ids for `user_id`.
pub async fn run(
    base_url: &str,
    suite_key: &str,
    suite_secret: &str,
    ticket: &str,
    corp_ids: &[&str],
    user_id: &str,
) -> Result<BTreeMap<String, Vec<String>>, Box<dyn std::error::Error>> {
    let client = Client::from_config(Config::new().base_url(base_url))?;
    let mut companies = Companies::new(client, suite_key, suite_secret, SuiteTicket::new(ticket));
    let request = SearchAllTasksByTqlRequest::new(SearchAllTasksByTqlRequired {
        user_id: user_id.into(),
    })
    .tql("isDone = false");
    let mut found = BTreeMap::new();
    for corp_id in corp_ids {
        let reply = companies
            .company(corp_id)
            .team_sphere_1_0()
            .search_all_tasks_by_tql(&request)
            .await?;
        found.insert(
            corp_id.to_string(),
            reply.into_inner().result.unwrap_or_default(),
        );
    }
    Ok(found)
}

fn env(name: &str) -> Result<String, String> {
    std::env::var(name).map_err(|_| format!("set {name}"))
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let base_url = env("DINGTALK_BASE_URL").unwrap_or(generated_client::DEFAULT_BASE_URL.into());
    let corp_ids = env("DINGTALK_CORP_IDS")?;
    let corp_ids: Vec<&str> = corp_ids.split(',').map(str::trim).collect();
    let found = run(
        &base_url,
        &env("DINGTALK_SUITE_KEY")?,
        &env("DINGTALK_SUITE_SECRET")?,
        &env("DINGTALK_SUITE_TICKET")?,
        &corp_ids,
        &env("DINGTALK_USER_ID")?,
    )
    .await?;
    for (corp_id, ids) in found {
        println!("{corp_id}: {ids:?}");
    }
    Ok(())
}
