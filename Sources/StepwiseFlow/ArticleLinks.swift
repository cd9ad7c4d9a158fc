/// The link rules the step graph uses, for front ends that render an article's own links
/// (the HTML export): the same target slug and the same absolute URL as the graph's `FlowLink`s.
public struct ArticleLinks: Sendable {
    private let resolver: LinkResolver

    public init(options: StepGraphOptions) {
        resolver = LinkResolver(options: options)
    }

    public func link(href: String, text: String = "") -> FlowLink {
        resolver.link(href: href, text: text)
    }
}
