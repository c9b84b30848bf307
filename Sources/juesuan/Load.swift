import ArgumentParser
import Foundation
import JuesuanCore
import JuesuanPostgres
import Logging

/// `juesuan load`: parse reports and load them into the warehouse.
struct Load: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Load 部门决算 reports into the warehouse.",
        discussion: """
            Each file loads in its own transaction: a file that fails leaves the database as it was \
            and the others still load. Loading an unchanged file again changes nothing.

            Exit status: 0 every file loaded (or was unchanged); 1 at least one file failed; \
            3 the database could not be reached or migrated.

            Examples:
              juesuan load seeds/*.txt
              juesuan load report.txt --database-url postgresql://loader@db.example/warehouse --json
            """)

    @Argument(help: "Report files (UTF-8 text with tab-separated tables).")
    var files: [String]

    @OptionGroup var database: DatabaseOptions

    @Flag(help: "Print one JSON object a file on stdout, and nothing else there.")
    var json = false

    @OptionGroup var logging: LoggingOptions

    func run() throws {
        logging.bootstrap()
        let logger = Logger(label: "juesuan.load")
        let (connection, target) = try database.connectAndMigrate(logger: logger)
        let checks = try database.checks()
        let loader = FileLoader(connection: connection, checks: checks, logger: logger)
        var failed = 0
        var progress = Progress(total: files.count, enabled: !logging.quiet && !json)
        for file in files {
            progress.show(current: file)
            let report = loader.load(path: file)
            progress.finish(rows: report.rows)
            progress.clear()
            if report.error != nil { failed += 1 }
            if json {
                Output.json(report)
            } else if let error = report.error {
                Output.error(error)
            } else if let document = report.document, !logging.quiet {
                print(
                    "\(report.outcome) \(file): \(document.department) \(document.fiscalYear) \(document.reportKind) "
                        + "(document \(document.documentID), \(report.rows) rows, findings: \(Output.severities(report.findingsBySeverity)), "
                        + "\(report.seconds) s)")
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
}
