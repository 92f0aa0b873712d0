//! [`CardCallback`] by what a handler asks of it: which action was taken, with what values.

use serde_json::Value;

use crate::apis::push::{CardCallback, CardPrivateData};

impl CardCallback {
    /// The user's action: the ids of what was pressed and the values submitted (from the
    /// `content` member, JSON in a string on the wire).
    pub fn action(&self) -> Option<&CardPrivateData> {
        self.content.as_ref()?.card_private_data.as_ref()
    }

    /// The ids of what the user pressed (`actionIds`); empty when none came.
    pub fn action_ids(&self) -> &[String] {
        self.action()
            .and_then(|a| a.action_ids.as_deref())
            .unwrap_or(&[])
    }

    /// One submitted value (`params.<name>`).
    pub fn param(&self, name: &str) -> Option<&Value> {
        self.action()?.params.as_ref()?.get(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_action_and_its_values_come_from_the_content_string() {
        let callback: CardCallback = serde_json::from_value(json!({
            "outTrackId": "t",
            "content": "{\"cardPrivateData\":{\"actionIds\":[\"ok\"],\"params\":{\"n\":1}}}"
        }))
        .unwrap();
        assert_eq!(callback.action_ids(), ["ok"]);
        assert_eq!(callback.param("n"), Some(&json!(1)));
        assert_eq!(callback.param("missing"), None);
        let bare: CardCallback = serde_json::from_value(json!({"outTrackId": "t"})).unwrap();
        assert!(bare.action().is_none());
        assert!(bare.action_ids().is_empty());
        assert_eq!(bare.param("n"), None);
    }
}
