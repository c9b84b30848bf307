import Dispatch
import Foundation
import JuesuanCore
import JuesuanPDF

/// Reads and parses report files on a background thread, so that the next file's parse
/// overlaps the current file's database work.
///
/// Parsing is pure CPU and the database work mostly waits for the server, so on a machine
/// with two cores a load of many files costs about max(parse, database) a file instead of
/// their sum. At most the files handed to `start` and not yet taken are held: `juesuan load`
/// starts one file ahead, so memory stays at two parsed reports whatever the number of files.
final class ReportPrefetcher: @unchecked Sendable {
    private final class Pending: @unchecked Sendable {
        let done = DispatchSemaphore(value: 0)
        var result: Result<Report, ParseError>?
    }

    private let lock = NSLock()
    private var pending: [String: Pending] = [:]
    private let queue = DispatchQueue(label: "juesuan.prefetch", qos: .userInitiated)

    /// Starts reading and parsing `path` in the background (once per path until taken).
    func start(_ path: String, given: GivenIdentity = .none) {
        lock.lock()
        defer { lock.unlock() }
        guard pending[path] == nil else { return }
        let job = Pending()
        pending[path] = job
        queue.async {
            job.result = Result { () throws(ParseError) -> Report in try ReportReader.read(path, mutool: Configuration.mutool, given: given) }
            job.done.signal()
        }
    }

    /// The parse of `path` started earlier, waiting for it to finish; nil when none was started.
    func take(_ path: String) -> Result<Report, ParseError>? {
        lock.lock()
        let job = pending.removeValue(forKey: path)
        lock.unlock()
        guard let job else { return nil }
        job.done.wait()
        return job.result
    }
}
