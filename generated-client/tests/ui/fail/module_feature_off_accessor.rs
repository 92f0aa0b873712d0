// `contact_1_0` is not among the features these tests enable: calling the accessor users reach a
// module by names the feature to turn on (not only "no method named `contact_1_0`").
fn main() -> Result<(), generated_client::BuildError> {
    let client = generated_client::Client::new()?;
    let _call = client.contact_1_0().get_user("union-id");
    Ok(())
}
