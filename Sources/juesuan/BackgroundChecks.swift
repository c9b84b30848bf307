import Foundation
import JuesuanLibPQ
import JuesuanWarehouse
import Logging

/// Checks the documents a run has loaded while its later files are still loading, on a connection
/// of its own, so that the checks' work on the server overlaps the loading instead of following
/// it: a file's load keeps one core busy (the server writing its rows, the client parsing the
/// next file), and the checks of the documents before it take the other.
///
/// It runs the pending checks (`DataQualityChecks.runPending`) each time `threshold` more documents
/// have been loaded; what it has not checked when the files are done, the run's final pass checks.
/// A document it checked and a later file of the run made pending again (next year's report of its
/// department) is simply checked again then. Its batches take the department locks like any
/// check batch, so a loader of one of their departments waits at most one small batch. A batch it
/// cannot run is left pending for the final pass, which reports the error.
final class BackgroundChecks: @unchecked Sendable {
    /// Documents loaded between two passes: small, so that the checks keep close behind the loads
    /// and leave little for the end of the run (10 documents are half a second of checks); a pass
    /// costs two small queries of its own besides its batches.
    static let threshold = 10

    /// Documents a transaction of a pass checks. A batch holds the locks of its departments to
    /// its end, and a file of one of them waits for it: at 25 documents a batch (1.2 s), the
    /// loads of 200 reports at `--jobs 1` waited 2.4–4.6 s in all; at 5 a batch each wait is
    /// shorter and rarer. The statements' fixed costs are shared by fewer documents (58.6 ms of
    /// checks a document at 1,000 reports, against 49 in batches of 100), on the idle core.
    static let batchSize = 5

    private let condition = NSCondition()
    private var loadedSincePass = 0
    private var finishing = false
    private var running = false
    private var checkedIDs: [Int64] = []

    /// The documents the passes checked, each once.
    var checked: Set<Int64> {
        condition.lock()
        defer { condition.unlock() }
        return Set(checkedIDs)
    }

    /// Starts checking beside the load on a new connection; nil when no core is left idle by the
    /// loads (`jobs` ≥ cores: a third stream of work, in passes of 25, slowed both down, 14.2 →
    /// 16.6 s for 200 reports at `--jobs 2` on two cores), when a run is too short for it (fewer
    /// than twice `threshold` files) or the connection cannot be opened (the final pass then
    /// checks everything, as it would anyway).
    static func start(files: Int, jobs: Int, checks: DataQualityChecks, conninfo: String, logger: Logger) -> BackgroundChecks? {
        guard jobs < ProcessInfo.processInfo.activeProcessorCount, files >= 2 * threshold, !checks.checks.isEmpty else { return nil }
        let connection: Connection
        do { connection = try Connection(conninfo, logger: logger) } catch {
            logger.warning("could not open a connection to check with while loading", metadata: ["error": "\(error)"])
            return nil
        }
        let background = BackgroundChecks()
        background.running = true
        // Used by the thread alone from here on (a Connection is not Sendable).
        nonisolated(unsafe) let own = connection
        let thread = Thread { [background] in background.work(checks: checks, connection: own, logger: logger) }
        thread.start()
        return background
    }

    /// Counts a document loaded (committed, its checks pending).
    func loaded() {
        condition.lock()
        loadedSincePass += 1
        if loadedSincePass >= Self.threshold { condition.broadcast() }
        condition.unlock()
    }

    /// Stops after the pass under way, if any, and waits for it: the final pass then finds
    /// pending only what this one has not checked.
    func finish() {
        condition.lock()
        finishing = true
        condition.broadcast()
        while running { condition.wait() }
        condition.unlock()
    }

    private func work(checks: DataQualityChecks, connection: Connection, logger: Logger) {
        defer {
            condition.lock()
            running = false
            condition.broadcast()
            condition.unlock()
        }
        while true {
            condition.lock()
            while !finishing && loadedSincePass < Self.threshold { condition.wait() }
            let stop = finishing
            loadedSincePass = 0
            condition.unlock()
            if stop { return }
            do {
                let ids = try checks.runPending(on: connection, batchSize: Self.batchSize)
                condition.lock()
                checkedIDs += ids
                condition.unlock()
            } catch {
                // Left pending: the final pass runs them, and says so if it cannot either.
                logger.warning("the checks beside the load stopped; the run's final pass checks the rest", metadata: ["error": "\(error)"])
                return
            }
        }
    }
}
