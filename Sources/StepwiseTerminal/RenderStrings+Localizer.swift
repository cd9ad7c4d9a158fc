import StepwiseLocale

extension RenderStrings {
    /// Catalog keys for each field. `show.ui-path-missing` is not in the shipped
    /// catalogs yet; until it is, a bare `[?]` marks a dropped segment rather than the
    /// key name leaking into the output.
    package init(localizer l: Localizer) {
        self.init(
            noteTitle: l.string("callout.title.note"),
            tipTitle: l.string("callout.title.tip"),
            importantTitle: l.string("callout.title.important"),
            cautionTitle: l.string("callout.title.caution"),
            warningTitle: l.string("callout.title.warning"),
            linksHeading: l.string("show.links-heading"),
            imageFormat: l.string("show.image"),
            videoFormat: l.string("show.video"),
            uiPathSeparator: l.string("show.ui-path-separator"),
            emptyUIPathSegment: l.contains("show.ui-path-missing") ? l.string("show.ui-path-missing") : "[?]",
            emptyTable: l.string("show.table-empty")
        )
    }
}
