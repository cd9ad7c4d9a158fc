package struct User: Sendable, Hashable, Codable, Identifiable {
    package var id: String
    package var name: String
    /// Users may be named by id or by sign-in name on the command line, so both are kept.
    package var signInName: String

    package init(id: String, name: String, signInName: String) {
        self.id = id
        self.name = name
        self.signInName = signInName
    }
}
