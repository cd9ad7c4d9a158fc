/// Which desktop apps each product lets a licensed user install, from Microsoft 365's plan
/// descriptions. App names are brands and stay untranslated. Products not listed (Business
/// Basic, Exchange Online) come with web and mobile apps only: nothing to install.
package enum AppCatalog {
    static let fullSuite = ["Word", "Excel", "PowerPoint", "Outlook", "OneNote", "Teams", "Access"]
    static let appsForBusiness = ["Word", "Excel", "PowerPoint", "Outlook", "OneNote", "Access"]

    package static func installableApps(for product: String) -> [String] {
        switch product {
        case "Microsoft 365 Business Standard", "Microsoft 365 Business Premium", "Office 365 E3", "Microsoft 365 E3", "Microsoft 365 E5":
            fullSuite
        case "Microsoft 365 Apps for business", "Microsoft 365 Apps for enterprise":
            appsForBusiness
        default:
            []
        }
    }

    /// The apps the user can install through licenses on active subscriptions, each once, in
    /// catalog order, with the products that give them.
    package static func apps(for userID: String, in tenant: Tenant) -> (apps: [String], products: [String]) {
        var apps: [String] = []
        var products: [String] = []
        for license in tenant.licenses where license.userID == userID {
            guard let subscription = tenant.subscription(license.subscriptionID), subscription.status == .active else { continue }
            let given = installableApps(for: subscription.product)
            if !given.isEmpty, !products.contains(subscription.product) { products.append(subscription.product) }
            for app in given where !apps.contains(app) { apps.append(app) }
        }
        let order = fullSuite
        return (apps.sorted { (order.firstIndex(of: $0) ?? .max) < (order.firstIndex(of: $1) ?? .max) }, products)
    }
}
