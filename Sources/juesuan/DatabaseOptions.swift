import ArgumentParser
import Foundation
import JuesuanPostgres
import Logging

/// The `--database-url` option every subcommand that reads or writes the warehouse takes.
struct DatabaseOptions: ParsableArguments {
    @Option(
        name: .customLong("database-url"),
        help: "libpq connection string or URI; default: $DATABASE_URL, else the embedded cluster in ./.juesuan.")
    var databaseURL: String?

    /// The resolved target and the conninfo used.
    struct Target {
        var kind: DatabaseTarget
        var conninfo: String
    }

    /// The data-quality checks of the project's `sql/checks/`.
    func checks() throws -> DataQualityChecks {
        do {
            return try DataQualityChecks(sqlDirectory: try SQLDirectory.locate())
        } catch {
            Output.error("cannot read the data-quality checks: \(error)")
            throw ExitCode(3)
        }
    }

    /// Connects (starting the embedded cluster if that is the target) and migrates.
    ///
    /// - Throws: `ExitCode(3)` after printing one line when the database cannot be
    ///   reached or migrated; passwords never appear in that line.
    func connectAndMigrate(logger: Logger) throws -> (Connection, Target) {
        let target = DatabaseTarget.resolve(option: databaseURL)
        do {
            let (connection, conninfo) = try target.connect()
            try Migrator(directory: try SQLDirectory.locate(), logger: logger).migrate(connection)
            return (connection, Target(kind: target, conninfo: conninfo))
        } catch {
            // Connection errors are built without the password (see `Connection.init`).
            Output.error("\(error)")
            throw ExitCode(3)
        }
    }
}
