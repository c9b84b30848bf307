/// A failure to set up, start or stop a `LocalCluster`, with the tail of what the tools printed.
public struct LocalClusterError: Error, CustomStringConvertible, Sendable {
    /// What went wrong, for example `pg_ctl start failed with exit status 1`.
    public var message: String
    /// The output of the failed tool and the server log written meanwhile; may span many lines.
    public var output: String

    /// How many of the last output lines the description shows; the cause is usually at the end.
    static let tailLineCount = 8

    /// Creates an error with an optional tool output.
    public init(_ message: String, output: String = "") {
        self.message = message
        self.output = output
    }

    /// The last non-empty lines of `output`, trimmed.
    public var outputTail: [String] {
        let lines = output.split(whereSeparator: \.isNewline)
            .map { String($0).trimmingSpaces() }
            .filter { !$0.isEmpty }
        return Array(lines.suffix(Self.tailLineCount))
    }

    /// One line: the message, then the output tail with its lines separated by " | ".
    public var description: String {
        let tail = outputTail.map { $0.count > 300 ? String($0.prefix(300)) + "…" : $0 }
        return tail.isEmpty ? message : message + ": " + tail.joined(separator: " | ")
    }
}
