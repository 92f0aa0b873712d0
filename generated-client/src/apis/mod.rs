// @generated from api-spec/*.yaml by `cargo xtask gen`. Do not edit by hand.
//! The API modules, one per spec file under `api-spec/`.
pub mod team_sphere_1_0;
impl crate::Client {
    /// The operations of [`team_sphere_1_0`].
    pub fn team_sphere_1_0(&self) -> team_sphere_1_0::Api {
        team_sphere_1_0::Api::new(self)
    }
}
