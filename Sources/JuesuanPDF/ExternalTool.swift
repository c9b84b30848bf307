import Foundation

/// A program of a Debian package that the PDF path runs (MuPDF's mutool, poppler's pdftoppm):
/// found in the usual places, run with no input, its output and errors read to their ends.
struct ExternalTool {
    /// The program's name (`mutool`).
    var name: String
    /// The Debian package that installs it, for the message when it is missing.
    var package: String

    /// What a run printed, and how it ended.
    struct Run {
        var status: Int32
        var output: Data
        var errors: Data

        /// The lines of the errors that start with `error` (MuPDF prints warnings too).
        var errorLines: [Substring] {
            String(decoding: errors, as: UTF8.self).split(separator: "\n").filter { $0.hasPrefix("error") }
        }

        /// The first of them, if any.
        var firstError: Substring? { errorLines.first }
    }

    static let setpriv = ["/usr/bin/setpriv", "/bin/setpriv"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// The program to run: `explicit` if given, else the first of the usual places that exists.
    func program(_ explicit: String?) -> String? {
        ([explicit].compactMap { $0 } + ["/usr/bin/", "/usr/local/bin/", "/opt/homebrew/bin/"].map { $0 + name })
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs the program with `arguments`.
    ///
    /// - Parameter reading: given, it is handed the output chunk by chunk as the program prints it
    ///   (so that the caller works while the program does), and the run's `output` is empty.
    /// - Throws: a one-line description when the program is not installed or cannot start.
    func run(
        _ arguments: [String], explicit: String? = nil, doing what: String, reading consume: ((Data) -> Void)? = nil
    ) throws(ToolFailure) -> Run {
        guard let program = program(explicit) else {
            throw ToolFailure(description: "\(what) needs \(name) (Debian package \(package)); it was not found")
        }
        let process = Process()
        // The program dies with the loader (setpriv --pdeathsig KILL, where util-linux's setpriv is).
        if let setpriv = Self.setpriv {
            process.executableURL = URL(fileURLWithPath: setpriv)
            process.arguments = ["--pdeathsig", "KILL", "--", program] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = arguments
        }
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw ToolFailure(description: "cannot run \(program): \(error.localizedDescription)")
        }
        // Both pipes are read to their ends before waiting: a full pipe would block the program.
        let stderr = Locked(Data())
        let drained = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            stderr.set(errors.fileHandleForReading.readDataToEndOfFile())
            drained.signal()
        }
        var data = Data()
        if let consume {
            while let chunk = try? output.fileHandleForReading.read(upToCount: 1 << 16), !chunk.isEmpty { consume(chunk) }
        } else {
            data = output.fileHandleForReading.readDataToEndOfFile()
        }
        drained.wait()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: data, errors: stderr.get())
    }
}

/// An external program that could not be run, said in one line.
struct ToolFailure: Error, CustomStringConvertible {
    var description: String
}

/// A value shared with the thread that drains a pipe.
final class Locked<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()
    init(_ value: Value) { self.value = value }
    func get() -> Value { lock.withLock { value } }
    func set(_ new: Value) { lock.withLock { value = new } }
}
