/// A place in a source report: the file and the 1-based line a value was read from.
///
/// Every parsed cell keeps one, so that an analyst (or an error message) can point
/// back at the printed line.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The file name as given on the command line (not resolved, not shortened).
    public var file: String
    /// The 1-based line number in the file.
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    public var description: String { "\(file):\(line)" }
}
