import StepwiseArticle

extension StepGraph {
    /// Pretty-printed JSON, keys in the documented order (fields beyond the documented ones
    /// come last in each object), the same bytes for the same graph. Blocks are not included:
    /// front ends that need markup work from the article itself.
    public func json() -> String {
        jsonValue.pretty()
    }

    var jsonValue: JSONValue {
        .object([
            ("article", .object([
                ("slug", .string(article.slug)),
                ("locale", .optional(article.locale)),
                ("title", .string(article.title)),
                ("assetId", .optional(article.assetID)),
                ("intro", .string(article.intro)),
                ("overviewRanges", .array(article.overviewCovers.map(\.jsonValue))),
            ])),
            ("start", .string(start)),
            ("tasks", .array(tasks.map { task in
                .object([
                    ("id", .string(task.id)),
                    ("title", .string(task.title)),
                    ("steps", .array(task.steps.map(JSONValue.string))),
                    ("intro", .string(task.intro)),
                    ("references", .array(task.references.map(\.jsonValue))),
                    ("group", .optional(task.group)),
                    ("callouts", .array(task.callouts.map(\.jsonValue))),
                    ("introRanges", .array(task.introCovers.map(\.jsonValue))),
                ])
            })),
            ("nodes", .array(nodes.map { node in
                .object([
                    ("id", .string(node.id)),
                    ("kind", .string(node.kind.rawValue)),
                    ("task", .optional(node.task)),
                    ("stepNumber", .optional(node.stepNumber)),
                    ("stepCount", .optional(node.stepCount)),
                    ("text", .string(node.text)),
                    ("callouts", .array(node.callouts.map(\.jsonValue))),
                    ("links", .array(node.links.map(\.jsonValue))),
                    ("line", .optional(node.range?.start.line)),
                    ("column", .optional(node.range?.start.column)),
                    ("ranges", .array(node.covers.map(\.jsonValue))),
                ] + (node.action.map { [("action", $0.jsonValue)] } ?? []))
            })),
            ("edges", .array(edges.map { edge in
                .object([
                    ("from", .string(edge.from)),
                    ("to", .string(edge.to)),
                    ("kind", .string(edge.kind.rawValue)),
                    ("label", .optional(edge.label)),
                ])
            })),
            ("references", .array(references.map(\.jsonValue))),
        ])
    }
}

extension ActionBinding.Kind {
    /// Only bound nodes carry the key, so graphs of articles without bindings read as before.
    var jsonValue: JSONValue {
        switch self {
        case .action(let name): .object([("action", .string(name))])
        case .pick(let name): .object([("pick", .string(name))])
        }
    }

    /// `⚙ subscription.reactivate`, `⚙ pick subscription`: how diagrams and `show` mark a bound step.
    public var marker: String {
        switch self {
        case .action(let name): "⚙ " + name
        case .pick(let name): "⚙ pick " + name
        }
    }
}

extension FlowLink {
    var jsonValue: JSONValue {
        .object([("text", .string(text)), ("url", .string(url)), ("target", .optional(target)), ("href", .string(href))])
    }
}

extension FlowCallout {
    var jsonValue: JSONValue {
        .object([("kind", .string(kind.rawValue)), ("text", .string(text)), ("links", .array(links.map(\.jsonValue)))])
    }
}

extension ReferenceSection {
    var jsonValue: JSONValue {
        .object([
            ("title", .string(title)),
            ("line", .int(range.start.line)),
            ("column", .int(range.start.column)),
            ("links", .array(links.map(\.jsonValue))),
            ("ranges", .array(covers.dropFirst().map(\.jsonValue))),
        ])
    }
}

extension SourceSpan {
    /// Both ends inclusive, as everywhere in Stepwise's output; `file` only for an included file.
    var jsonValue: JSONValue {
        .object([("line", .int(range.start.line)), ("column", .int(range.start.column)),
                 ("endLine", .int(range.end.line)), ("endColumn", .int(range.end.column))]
                + (file.map { [("file", JSONValue.string($0))] } ?? []))
    }
}
