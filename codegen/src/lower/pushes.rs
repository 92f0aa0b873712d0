//! Pushed payloads (`pushes:`): each an inline object hoisted into a model named after the push,
//! with its route (a callback's topic, an event's type) and, for callbacks, the reply's type.

use super::Lowering;
use crate::ir::{Push, PushRoute, Ty, TypeKind};
use crate::names::type_name;
use crate::spec::{Kind, OrderedMap, PushKind, PushSpec};
use crate::yaml::KeyPath;

impl Lowering<'_> {
    /// Lowers every push; returns the types they reach first (bodies and replies), for
    /// [`super::roles::mark_pushed`].
    pub(super) fn pushes(&mut self, pushes: &OrderedMap<PushSpec>, path: &KeyPath) -> Vec<Ty> {
        let mut roots = Vec::new();
        let mut routes: Vec<PushRoute> = Vec::new();
        for (name, push) in &pushes.0 {
            let at = path.key(name);
            let camel = name.starts_with(|c: char| c.is_ascii_uppercase())
                && name.chars().all(|c| c.is_ascii_alphanumeric());
            if !camel {
                self.problems.report(
                    &at,
                    "a push is named like a type: an ASCII capital letter, then letters and digits",
                );
                continue;
            }
            if self.named.iter().any(|(n, _)| n == name) {
                self.problems.report(
                    &at,
                    format!("`{name}` is also a type under `types`: a push names its own model"),
                );
                continue;
            }
            let route = self.route(push, &at);
            if let Some(route) = &route {
                if routes.contains(route) {
                    self.problems.report(
                        &at,
                        "another push has the same route (topic or event type): a payload is routed by its type, so each route has one",
                    );
                }
                routes.push(route.clone());
            }

            let body = &push.body;
            let body_at = at.key("body");
            self.no_field_keys(body, &body_at);
            let inline_object = body.kind == Some(Kind::Object)
                && body.reference.is_none()
                && body.properties.is_some();
            if !inline_object {
                self.problems.report(
                    &body_at,
                    "a push's body is an inline `type: object` with `properties` (its own model, named after the push); its properties may `ref` named types",
                );
                continue;
            }
            let Some(Ty::Named(index)) = self.schema_ty(body, &body_at, &type_name(name)) else {
                continue;
            };
            if self.types[index].doc.is_none() {
                self.types[index].doc = push.description.clone();
            }
            roots.push(Ty::Named(index));

            let reply = match (&push.reply, push.kind) {
                (None, _) => None,
                (Some(_), PushKind::Event) => {
                    self.problems.report(
                        &at.key("reply"),
                        "only a callback replies; an event is acknowledged, never answered",
                    );
                    None
                }
                (Some(reply), PushKind::Callback) => {
                    let reply_at = at.key("reply");
                    self.no_field_keys(reply, &reply_at);
                    let ty = self.schema_ty(reply, &reply_at, &type_name(name).join("Reply"));
                    if let Some(ty) = &ty {
                        roots.push(ty.clone());
                    }
                    ty
                }
            };
            let id = push.id.as_ref().and_then(|wire| {
                let TypeKind::Struct(fields) = &self.types[index].kind else {
                    return None;
                };
                match fields.iter().find(|f| &f.wire == wire) {
                    Some(field) if field.ty == Ty::String => Some(field.name.clone()),
                    Some(_) => {
                        self.problems.report(
                            &at.key("id"),
                            format!("`{wire}` is not a string: a push's `id` names a string property of its body"),
                        );
                        None
                    }
                    None => {
                        self.problems.report(
                            &at.key("id"),
                            format!("the body has no property `{wire}`: a push's `id` names one of its string properties, by its wire name"),
                        );
                        None
                    }
                }
            });
            if let (Some(route), TypeKind::Struct(_)) = (route, &self.types[index].kind) {
                self.types[index].push = Some(Push { route, reply, id });
            }
        }
        roots
    }

    fn route(&mut self, push: &PushSpec, at: &KeyPath) -> Option<PushRoute> {
        let text_ok =
            |s: &str| !s.is_empty() && !s.chars().any(|c| c.is_whitespace() || c.is_control());
        match push.kind {
            PushKind::Callback => {
                if push.event_type.is_some() {
                    self.problems.report(
                        &at.key("event_type"),
                        "`event_type` belongs to `kind: event`; a callback has a `topic`",
                    );
                }
                match &push.topic {
                    Some(topic) if topic.starts_with('/') && text_ok(topic) => {
                        Some(PushRoute::Callback(topic.clone()))
                    }
                    Some(_) => {
                        self.problems.report(
                            &at.key("topic"),
                            "a callback topic is a path without spaces, like `/v1.0/im/bot/messages/get`",
                        );
                        None
                    }
                    None => {
                        self.problems
                            .report(&at.key("kind"), "a callback names its Stream `topic`");
                        None
                    }
                }
            }
            PushKind::Event => {
                if push.topic.is_some() {
                    self.problems.report(
                        &at.key("topic"),
                        "`topic` belongs to `kind: callback`; an event has an `event_type` (or none: every event)",
                    );
                }
                match &push.event_type {
                    None => Some(PushRoute::AllEvents),
                    Some(event_type) if text_ok(event_type) => {
                        Some(PushRoute::Event(event_type.clone()))
                    }
                    Some(_) => {
                        self.problems.report(
                            &at.key("event_type"),
                            "an event type is one word without spaces, like `user_add_org`",
                        );
                        None
                    }
                }
            }
        }
    }
}
