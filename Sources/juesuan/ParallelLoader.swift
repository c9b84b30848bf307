import Foundation
import JuesuanCore
import JuesuanLibPQ
import JuesuanWarehouse
import Logging

/// Loads files on several connections at once, each worker taking the next file and loading it
/// whole (parse, facts, `load_run`; the checks run after the run's files) in a transaction of its own; the results come back in
/// input order.
///
/// The warehouse's rows of different documents never conflict; what the workers share are the
/// dimensions (new 功能分类 / 经济分类 codes and units), which each inserts in code order, so two
/// workers wait for each other there at most, and the department lock, which serialises two
/// reports of one department as a single loader would. A deadlock the server breaks anyway
/// (40P01) fails only that attempt: the file is loaded again, up to three times.
final class ParallelLoader: @unchecked Sendable {
    private let files: [String]
    private let condition = NSCondition()
    private var results: [FileLoader.Report?]
    private var next = 0
    private var stopped = false
    private var running = 0

    init(files: [String]) {
        self.files = files
        results = Array(repeating: nil, count: files.count)
    }

    /// Starts `jobs` workers, the first on `connection`, the others on connections of their own.
    func start(jobs: Int, connection: Connection, conninfo: String, logger: Logger, given: [String: GivenIdentity] = [:]) {
        // Handed to the first worker, which alone uses it from then on (a Connection is not Sendable).
        nonisolated(unsafe) let first = connection
        for worker in 0..<min(jobs, files.count) {
            condition.lock()
            running += 1
            condition.unlock()
            let thread = Thread { [self] in
                defer {
                    condition.lock()
                    running -= 1
                    condition.broadcast()
                    condition.unlock()
                }
                let own: Connection
                do {
                    own = worker == 0 ? first : try Connection(conninfo, logger: logger)
                } catch {
                    // This worker cannot help; the others load the files (the first always can).
                    logger.warning("could not open another connection to load with", metadata: ["error": "\(error)"])
                    return
                }
                work(FileLoader(connection: own, logger: logger, given: given))
            }
            thread.stackSize = 8 << 20  // the main thread's: a secondary thread's default 512 KiB is tight for the parser
            thread.start()
        }
    }

    private func work(_ loader: FileLoader) {
        while let index = take() {
            var report = loader.load(path: files[index])
            for _ in 0..<3 {
                guard case .database(_, let error)? = report.failure, error.sqlState == PostgresError.SQLState.deadlockDetected else { break }
                report = loader.load(path: files[index])
            }
            condition.lock()
            results[index] = report
            if case .connectionLost? = report.failure { stopped = true }
            condition.broadcast()
            condition.unlock()
        }
    }

    private func take() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        guard !stopped, next < files.count else { return nil }
        next += 1
        return next - 1
    }

    /// The report of file `index`, waiting for it; nil when the run stopped before the file was
    /// taken (the connection was lost) or no worker is left to load it.
    func report(_ index: Int) -> FileLoader.Report? {
        condition.lock()
        defer { condition.unlock() }
        while results[index] == nil {
            if (stopped || running == 0) && index >= next { return nil }
            condition.wait()
        }
        return results[index]
    }

    /// Stops handing out files and waits for the files being loaded to end.
    func stop() {
        condition.lock()
        stopped = true
        while running > 0 { condition.wait() }
        condition.unlock()
    }
}
