//! What `xtask/import/extract.py` reads off the official Python package: its JSON, as types.

use std::collections::BTreeMap;

use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Package {
    pub modules: Vec<Module>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Module {
    pub module: String,
    pub operations: Vec<Operation>,
    pub models: BTreeMap<String, Model>,
}

/// One client method, as it builds its request.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Operation {
    /// The action name, as DingTalk spells it.
    pub name: String,
    pub summary: Option<String>,
    pub method: String,
    /// The path with `{python_name}` placeholders.
    pub path: String,
    pub path_args: Vec<PathArg>,
    /// `AK` (the token header) or `Anonymous`.
    pub auth: String,
    /// `json`, `none`, `boolean`, `array` or `any`.
    pub body_type: String,
    pub style: String,
    pub request_model: Option<String>,
    pub headers_model: Option<String>,
    pub response_model: Option<String>,
    pub query: Vec<Placed>,
    pub body: Vec<Placed>,
    pub whole_body: Option<WholeBody>,
    pub headers: Vec<Placed>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PathArg {
    pub name: String,
    #[serde(rename = "type")]
    pub ty: Type,
}

/// A request field put into the query, the body or the headers under a wire name.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Placed {
    pub wire: String,
    /// The Python field of the request (or headers) model.
    pub field: String,
    /// For "shrink" fields: `json` or `simple`.
    pub style: Option<String>,
}

/// A request model field that is the whole body (a top-level JSON array).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WholeBody {
    pub field: String,
    /// The SDK sends the body even when the field is unset (`[]`): required in the spec.
    pub always_sent: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Model {
    pub fields: Vec<Field>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Field {
    pub py: String,
    pub wire: String,
    #[serde(rename = "type")]
    pub ty: Type,
    pub required: bool,
}

/// A field's annotation.
#[derive(Debug, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase", deny_unknown_fields)]
pub enum Type {
    /// `str`, and `BinaryIO`/`bytes` (JSON strings on the wire).
    String,
    Integer,
    Number,
    Boolean,
    Any,
    List {
        items: Box<Type>,
    },
    Map {
        values: Box<Type>,
    },
    Model {
        name: String,
    },
}

impl Model {
    pub fn field(&self, py: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.py == py)
    }
}
