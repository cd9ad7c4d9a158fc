public struct User: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var name: String
    /// Users may be named by id or by sign-in name on the command line, so both are kept.
    public var signInName: String

    public init(id: String, name: String, signInName: String) {
        self.id = id
        self.name = name
        self.signInName = signInName
    }
}
