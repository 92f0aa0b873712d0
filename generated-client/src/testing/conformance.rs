//! Replaying a recorded call of the official SDK (the conformance fixtures): the case's inputs
//! become our typed request, and our typed reply is written back as JSON by wire name. Only with
//! the hidden `conformance` feature (on top of `model-serde`, which gives request models `Deserialize` and reply models
//! `Serialize`; the per-module `replay` dispatchers are generated and call the real methods.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::base::error::{Error, OperationError};
use crate::engine::call::Call;

/// What one case set, by place and wire name.
#[derive(Clone, Debug)]
pub struct Inputs {
    path: Vec<String>,
    /// The query and header fields, by wire name.
    fields: Map<String, Value>,
    body: Value,
}

impl Inputs {
    /// The inputs of a case: path values in the order of the placeholders, query and header
    /// fields by wire name, and the body (`null` for none). A wire name set in two places is
    /// refused: one request struct holds them all.
    pub fn new(
        path: Vec<String>,
        query: Map<String, Value>,
        headers: Map<String, Value>,
        body: Value,
    ) -> Result<Self, String> {
        let mut fields = query;
        for (name, value) in headers {
            if fields.insert(name.clone(), value).is_some() {
                return Err(format!("`{name}` is both a query parameter and a header"));
            }
        }
        Ok(Self { path, fields, body })
    }

    /// The path value at `index`.
    pub fn path(&self, index: usize) -> Result<&str, String> {
        self.path
            .get(index)
            .map(String::as_str)
            .ok_or_else(|| format!("no path value at position {index}"))
    }

    /// The path value at `index`, for an integer placeholder.
    pub fn path_integer(&self, index: usize) -> Result<i64, String> {
        let text = self.path(index)?;
        text.parse()
            .map_err(|e| format!("path value {text:?} is not an integer: {e}"))
    }

    /// The operation's request struct. `object_body`: the struct is itself the JSON body object
    /// (its members are the body's); otherwise a body goes to its one whole-body field, `body`.
    pub fn request<T: DeserializeOwned>(&self, object_body: bool) -> Result<T, String> {
        let mut fields = self.fields.clone();
        match (&self.body, object_body) {
            (Value::Null, _) => {}
            (Value::Object(members), true) => {
                for (name, value) in members {
                    if fields.insert(name.clone(), value.clone()).is_some() {
                        return Err(format!("`{name}` is both a body member and a parameter"));
                    }
                }
            }
            (_, true) => return Err("the body is not a JSON object".to_owned()),
            (body, false) => {
                if fields.insert("body".to_owned(), body.clone()).is_some() {
                    return Err("`body` is both the body and a parameter".to_owned());
                }
            }
        }
        serde_json::from_value(Value::Object(fields))
            .map_err(|e| format!("the inputs do not build the request: {e}"))
    }
}

/// Sends `call` and writes the decoded reply back as JSON (`null` for a reply without a body).
pub async fn reply<T, E>(call: Call<T, E>) -> Result<Value, String>
where
    T: DeserializeOwned + Serialize + Send + 'static,
    E: OperationError + Send + 'static,
    Error<E>: std::fmt::Display,
{
    let response = call.await.map_err(|e| format!("the call failed: {e}"))?;
    serde_json::to_value(response.body()).map_err(|e| format!("the reply does not write back: {e}"))
}

/// The error of a dispatcher that has no operation of that name.
pub fn unknown(operation: &str) -> String {
    format!("no operation {operation:?}")
}
