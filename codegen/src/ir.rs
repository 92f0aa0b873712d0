//! The checked, resolved model the emitters read: Rust names chosen, references resolved,
//! inline types hoisted and named. Nothing here can be invalid.

use crate::names::RustName;

#[derive(Debug)]
pub struct Module {
    /// The spec file, for the `@generated` header.
    pub source: String,
    pub name: RustName,
    pub description: Option<String>,
    /// Other names of the module for rustdoc's search (DingTalk's product name).
    pub aliases: Vec<String>,
    /// Empty for a module of pushes only (it has no `Api`).
    pub base_url: String,
    pub auth_header: Option<String>,
    /// The query parameter the token travels in (`defaults.auth.query`).
    pub auth_query: Option<String>,
    /// Errors come as `errcode` in the body (`defaults.error_style: errcode`).
    pub errcode: bool,
    pub types: Vec<TypeDef>,
    pub operations: Vec<Operation>,
}

#[derive(Debug)]
pub struct TypeDef {
    pub name: RustName,
    pub doc: Option<String>,
    pub kind: TypeKind,
    /// Sent in requests: serializable, with a constructor and setters.
    pub in_request: bool,
    /// Read from replies: deserializable and tolerant of absent fields.
    pub in_response: bool,
    /// `Some` for an operation's request struct: whether it is itself the JSON body object
    /// (else it only carries query, header or whole-body fields).
    pub op_request: Option<bool>,
    /// Identical to this earlier type in all but name: emitted as a type alias of it.
    pub alias_of: Option<usize>,
    /// Part of a pushed payload: compared (`PartialEq`), and members it does not know are
    /// kept in this extra field and written back.
    pub keeps_unknown: Option<RustName>,
    /// The type is a pushed payload: how it is routed and what it answers.
    pub push: Option<Push>,
    /// The struct of its required fields that its constructor takes (`CreateTaskRequired`),
    /// for a model only sent that has any.
    pub required_name: Option<RustName>,
}

/// A pushed payload's route and reply, for its impl of the runtime's push trait.
#[derive(Debug)]
pub struct Push {
    pub route: PushRoute,
    /// What a callback answers; `None`: nothing (`{"response": null}`, or an event's ACK).
    pub reply: Option<Ty>,
    /// The body's field (a string) that names the push across deliveries.
    pub id: Option<RustName>,
}

/// Where a pushed payload arrives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PushRoute {
    /// A Stream callback on this topic.
    Callback(String),
    /// An event of this `eventType`.
    Event(String),
    /// Every event (the envelope).
    AllEvents,
}

#[derive(Debug)]
pub enum TypeKind {
    Struct(Vec<Field>),
    /// A string enum: known wire values, plus a fallback for values this client does not know.
    Enum(Vec<EnumValue>),
}

#[derive(Debug)]
pub struct Field {
    pub wire: String,
    pub name: RustName,
    pub ty: Ty,
    pub required: bool,
    pub doc: Option<String>,
    pub place: Place,
    /// Held in a `Box`: the field's type contains this struct (a recursive model).
    pub boxed: bool,
}

/// Where a request field travels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// A member of a JSON object; `json`: its value travels JSON-encoded in a string.
    Body {
        json: bool,
    },
    /// The whole JSON body (a body that is not an inline object).
    WholeBody,
    Query(QueryStyle),
    Header {
        json: bool,
    },
    /// A part of the `multipart/form-data` body.
    Part,
}

/// How a query parameter is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QueryStyle {
    /// A scalar as text.
    Plain,
    /// JSON-encoded in one value.
    Json,
    /// Spelt out as `name.1=..&name.1.key=..`.
    Flat,
    /// A list of scalars joined by commas.
    Simple,
}

#[derive(Debug)]
pub struct EnumValue {
    pub wire: String,
    pub name: RustName,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Ty {
    String,
    Integer,
    Number,
    Boolean,
    Any,
    List(Box<Ty>),
    Map(Box<Ty>),
    /// Index into `Module::types`.
    Named(usize),
    /// A file of a multipart body: the runtime's `FilePart`.
    File,
}

#[derive(Debug)]
pub struct Operation {
    /// The operation's name in the spec, like `CreateTask`.
    pub spec_name: String,
    pub fn_name: RustName,
    pub summary: Option<String>,
    pub description: Option<String>,
    pub deprecated: bool,
    pub method: crate::spec::HttpMethod,
    pub path: String,
    pub path_params: Vec<PathParam>,
    /// Index into `Module::types` of the request struct, when the operation has request fields.
    pub request: Option<usize>,
    /// The reply body's type; `None` for operations without one.
    pub response: Option<Ty>,
    pub response_doc: Option<String>,
    pub error_name: RustName,
    pub errors: Vec<ErrorVariant>,
    pub sends_token: bool,
    pub signature: Option<crate::spec::SignatureSpec>,
    /// How the operation pages, when its spec says so.
    pub paging: Option<Paging>,
}

/// A paging operation: where its token (page number, offset) goes and where the reply keeps
/// what ends the pages.
#[derive(Debug)]
pub struct Paging {
    /// The paginator's method, like `query_task_pages`.
    pub fn_name: RustName,
    /// What the request field carries.
    pub mode: PageMode,
    /// The request field's wire name.
    pub token: String,
    /// Whether the token travels in the query (else it is a body member).
    pub token_in_query: bool,
    /// Whether the request field is a number (the token is then sent back as one).
    pub numeric: bool,
    /// Wire names from the reply body down to the next token (by token only).
    pub next: Vec<String>,
    /// Wire names down to the "more pages follow" flag, if the spec names one.
    pub has_more: Vec<String>,
    /// Wire names down to the page's list of items, and the type of one item.
    pub items: Option<(Vec<String>, Ty)>,
    /// Wire names down to the total number of items, if the spec names one.
    pub total: Vec<String>,
    /// The page-size request field and whether it is a query parameter, if the spec names one.
    pub size: Option<(String, bool)>,
}

/// What carries a paging operation from one page to the next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PageMode {
    /// A token from the reply.
    Token,
    /// A page number the request counts.
    Number,
    /// An offset the request advances by the items of each page.
    Offset,
}

#[derive(Debug)]
pub struct PathParam {
    pub wire: String,
    pub name: RustName,
    pub integer: bool,
    pub doc: Option<String>,
}

/// One code of an operation's error table (several rows may share a code).
#[derive(Debug)]
pub struct ErrorVariant {
    pub name: RustName,
    pub code: String,
    pub rows: Vec<ErrorRow>,
}

#[derive(Debug)]
pub struct ErrorRow {
    pub status: u16,
    pub message: Option<String>,
    pub description: Option<String>,
}
