import ArgumentParser
import Foundation
import JuesuanCore
import JuesuanLibPQ
import JuesuanWarehouse
import Logging

/// `juesuan load`: parse reports and load them into the warehouse.
struct Load: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Load 部门决算 and 部门预算 reports into the warehouse.",
        discussion: """
            Each file loads in its own transaction: a file that fails leaves the database as it was \
            and the others still load. Loading an unchanged file again changes nothing. After the \
            files, the data-quality checks run once over every document loaded (and any left \
            pending by an earlier run that was stopped), and their findings are printed.

            Exit status: 0 every file loaded (or was unchanged); 1 at least one file failed; \
            3 the database could not be reached or migrated, or the connection was lost during the run.

            A directory loads every report under it, in path order, told by content (a PDF, or \
            text that speaks of 决算 or 预算); other files are passed over and counted.

            Examples:
              juesuan load seeds/*.txt
              juesuan load reports/2024/
              find reports -name '*.pdf' | juesuan load --files-from -
              juesuan load report.txt --database-url postgresql://loader@db.example/warehouse --json
              juesuan load tables-only.pdf --department 北京市财政局 --year 2026 --kind 预算

            --department, --year and --kind give the identity of a report that prints none (a budget of \
            tables alone); what the report prints wins where it disagrees, with a warn finding naming both. \
            In a --files-from list, a path may be followed by tab-separated department, year and kind.
            """)

    @Argument(help: "Report files (UTF-8 text with tab-separated tables, or PDF with a text layer), or directories of them.")
    var arguments: [String] = []

    @Option(name: .customLong("files-from"), help: "A file listing report files, one a line; - reads the list from standard input.")
    var filesFrom: String?

    @OptionGroup var identity: IdentityOptions

    @OptionGroup var database: DatabaseOptions

    @Flag(help: "Print one JSON object a file on stdout, and nothing else there.")
    var json = false

    @Option(
        help: """
            Files loaded at once, each on a connection of its own; output stays in input order. Below the number of cores, \
            a run of 20 files or more checks the documents loaded on one more connection while the others load. \
            Default: the number of cores.
            """)
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup var logging: LoggingOptions

    func validate() throws {
        guard !arguments.isEmpty || filesFrom != nil else {
            throw ValidationError("expected report files, directories or --files-from")
        }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1, found \(jobs)") }
    }

    func run() throws {
        logging.bootstrap()
        let logger = Logger(label: "juesuan.load")
        let expanded: ReportFiles
        do {
            expanded = try ReportFiles.expand(arguments, filesFrom: filesFrom, identity: identity.given)
        } catch {
            Output.error("\(error)")
            throw ExitCode(64)
        }
        for (directory, reports, others) in expanded.directories {
            if reports == 0 { Output.note("\(directory): no report under it") }
            if others > 0 {
                Output.note("\(directory): passed over \(others) file\(others == 1 ? "" : "s") that \(others == 1 ? "is" : "are") not a report (not a PDF, no 决算 or 预算 in the text)")
            }
        }
        let files = expanded.paths
        if files.isEmpty, arguments.isEmpty, let filesFrom {
            // A night with nothing to load is not a failure, but it is said.
            Output.note("\(filesFrom == "-" ? "standard input" : filesFrom): no files listed; nothing to load")
            return
        }
        let (connection, target) = try database.connectAndMigrate(logger: logger)
        let checks = try database.checks()
        // The checks of the documents loaded so far run beside the later files' loads.
        let background = BackgroundChecks.start(files: files.count, jobs: jobs, checks: checks, conninfo: target.conninfo, logger: logger)
        var failed = 0
        var progress = Progress(total: files.count, enabled: !logging.quiet && !json)
        // With --json a file's object names its findings, known once the run's checks have run:
        // the objects wait for them, in input order.
        var reports: [FileLoader.Report] = []
        func finish(_ report: FileLoader.Report, index: Int) throws {
            progress.finish(rows: report.rows)
            progress.clear()
            if case .connectionLost(_, let error)? = report.failure {
                if json { reports.forEach(Output.json) }
                try Self.lostConnection(report, error: error, notAttempted: files.count - index - 1, of: files.count, json: json)
            }
            if report.failure != nil { failed += 1 }
            if report.outcome == .loaded || report.outcome == .replaced { background?.loaded() }
            if json {
                reports.append(report)
            } else if let failure = report.failure {
                Output.error("\(failure)")
            } else if let document = report.document, !logging.quiet {
                let key = document.key
                print(
                    "\(report.outcome.rawValue) \(Output.oneLine(report.path)): \(key.department) \(key.fiscalYear) \(key.reportKind) "
                        + "(document \(document.documentID), \(report.rows) rows, \(report.seconds) s)")
                // Each file's line reaches a job's log as it is loaded, even if the run is killed later.
                fflush(nil)  // every output stream: `stdout` itself is not concurrency-safe to name in Swift 6
            }
        }
        if jobs == 1 || files.count < 2 {
            let loader = FileLoader(connection: connection, logger: logger, given: expanded.given)
            var previousWasLoaded = true
            for (index, file) in files.enumerated() {
                progress.show(current: file)
                // Parse the next file while this one loads; not after an unchanged file, where
                // the digest alone answers and a parse ahead would be wasted.
                if previousWasLoaded, index + 1 < files.count { loader.prefetch(path: files[index + 1]) }
                let report = loader.load(path: file)
                if case .unchanged = report.outcome { previousWasLoaded = false } else { previousWasLoaded = true }
                try finish(report, index: index)
            }
        } else {
            let parallel = ParallelLoader(files: files)
            parallel.start(jobs: jobs, connection: connection, conninfo: target.conninfo, logger: logger, given: expanded.given)
            defer { parallel.stop() }
            for (index, file) in files.enumerated() {
                progress.show(current: file)
                guard let report = parallel.report(index) else { break }
                if case .connectionLost? = report.failure { parallel.stop() }
                try finish(report, index: index)
            }
        }
        background?.finish()
        // The checks left for after the files on every core the loads left idle, as beside them.
        let findings = try runChecks(
            checks, on: connection, conninfo: target.conninfo, logger: logger, reports: reports,
            width: background == nil ? jobs : max(jobs, ProcessInfo.processInfo.activeProcessorCount), checkedBeside: background?.checked ?? [])
        if json {
            for var report in reports {
                if let document = report.document, report.failure == nil {
                    report.findingsBySeverity = findings[document.documentID] ?? [:]
                    report.findings = report.findingsBySeverity?.values.reduce(0, +)
                }
                Output.json(report)
            }
        }
        if case .embedded = target.kind, !json, !logging.quiet {
            print("open it with: psql \(Output.shellQuoted(target.conninfo))")
        }
        if failed > 0 {
            if !json { Output.error("\(failed) of \(files.count) files failed") }
            throw ExitCode(1)
        }
    }

    /// Runs the data-quality checks of every document left pending — this run's, and any that an
    /// earlier run killed before its checks left — and says what they found, with those of the
    /// documents `checkedBeside` the load. The batches run on `width` connections at once.
    ///
    /// - Returns: the findings by severity of the documents of `reports` (with --json).
    /// - Throws: `ExitCode(3)` when the checks cannot run (the connection was lost): the
    ///   documents stay loaded, their checks pending for the next `load` or `check --rerun`.
    private func runChecks(
        _ checks: DataQualityChecks, on connection: Connection, conninfo: String, logger: Logger, reports: [FileLoader.Report],
        width: Int, checkedBeside: Set<Int64>
    ) throws -> [Int64: [String: Int]] {
        Configuration.pauseBeforeChecks?()
        let started = Date()
        let checked: [Int64]
        do {
            // One that cannot be opened leaves its share to the others.
            var connections = [connection]
            for _ in 1..<max(width, 1) {
                do { connections.append(try Connection(conninfo, logger: logger)) } catch {
                    logger.warning("could not open another connection to check with", metadata: ["error": "\(error)"])
                    break
                }
            }
            checked = checkedBeside.union(try checks.runPending(on: connections)).sorted()
        } catch {
            if json { reports.forEach(Output.json) }
            Output.error(
                "the data-quality checks did not run (\(error)); the documents loaded stay loaded with their checks pending: "
                    + "`juesuan check --rerun` or the next `juesuan load` runs them")
            throw ExitCode(3)
        }
        let documents = json ? reports.compactMap { $0.failure == nil ? $0.document?.documentID : nil } : checked
        let findings = try DataQualityChecks.counts(documentIDs: documents, on: connection)
        if !json, !logging.quiet, !checked.isEmpty {
            var total: [String: Int] = [:]
            for counts in findings.values { total.merge(counts, uniquingKeysWith: +) }
            let beside = checkedBeside.isEmpty ? "" : " (\(checkedBeside.count) of them while the files loaded)"
            print(
                "checked \(checked.count) document\(checked.count == 1 ? "" : "s") in \(FileLoader.seconds(since: started)) s\(beside); "
                    + "findings: \(Output.severities(total))")
            for document in checked where !(findings[document] ?? [:]).isEmpty {
                print("  document \(document): \(Output.severities(findings[document]))")
            }
        }
        return findings
    }

    /// Ends the run after the server went away (restart, failover, terminated session) with one
    /// line and exit status 3, like a database that cannot be reached: the file's transaction
    /// ended with the session, and every later file would fail the same way. A rerun is safe:
    /// files loaded before are `unchanged`, and a commit whose answer was lost shows up the same.
    ///
    /// - Throws: `ExitCode(3)`, always.
    static func lostConnection(_ report: FileLoader.Report, error: PostgresError, notAttempted: Int, of total: Int, json: Bool) throws -> Never {
        if json { Output.json(report) }
        Output.error(
            "\(report.path): lost the connection to the database (\(error)); \(notAttempted) of \(total) files not attempted; "
                + "rerun the load when the database is back")
        throw ExitCode(3)
    }
}
