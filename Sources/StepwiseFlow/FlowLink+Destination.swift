extension FlowLink {
    /// What makes two links lead to the same external page: host case, `www.`, locale path
    /// segments and locale query parameters (`?ui=lv-LV&rs=lv-LV&ad=LV`, `clcid=0x426`) do not count.
    /// The same key the step graph joins external nodes by.
    public var destinationKey: String { LinkResolver.destination(of: self).key }
}
