/// The ids of task nodes: `t2`, `t2.s3`, `t2.info`, `t2.close`; `t0` is a procedure before the first task heading.
///
/// Ids are small strings (up to 15 bytes, stored inline), so joining two costs no allocation;
/// formatting `t\(task).s\(step)` from scratch for every node cost a tenth of a whole graph.
/// A task's id is made once and the step suffixes come from a table.
enum NodeID {
    static func task(_ task: Int) -> String {
        "t" + String(task)
    }

    static func step(task taskID: String, step: Int) -> String {
        taskID + (step <= stepSuffixes.count ? stepSuffixes[step - 1] : ".s" + String(step))
    }

    static func info(task taskID: String) -> String {
        taskID + ".info"
    }

    /// What follows a task's steps: `t2.close`.
    static func closing(task taskID: String) -> String {
        taskID + ".close"
    }

    private static let stepSuffixes = (1...128).map { ".s" + String($0) }
}
