use generated_client::team_sphere_1_0::CreateTaskRequestCustomfields;

fn main() {
    // Models are non-exhaustive: fields may be added without breaking anyone.
    let _field = CreateTaskRequestCustomfields {
        customfield_name: None,
        customfield_id: None,
        value: None,
    };
}
