import ArgumentParser
import Foundation
import JuesuanLibPQ
import JuesuanWarehouse
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
            return try DataQualityChecks(sqlDirectory: try SQLDirectory.locate(explicit: Configuration.sqlDirectory))
        } catch {
            Output.error("cannot read the data-quality checks: \(error)")
            throw ExitCode(3)
        }
    }

    /// Connects without migrating, for the commands that only read (`show`, `trace`, `status`,
    /// `check`): a read-only login may run them, and they take no migration lock.
    ///
    /// - Throws: `ExitCode(3)` after printing one line when the database cannot be reached, holds
    ///   no warehouse, or holds one older than this binary; a newer one is read with a warning.
    func connectForReading(logger: Logger) throws -> (Connection, Target) {
        let target = DatabaseTarget.resolve(option: databaseURL)
        let (connection, conninfo): (Connection, String)
        let state: Migrator.SchemaState
        do {
            (connection, conninfo) = try target.connect()
            state = try Migrator(directory: try SQLDirectory.locate(explicit: Configuration.sqlDirectory), logger: logger).state(of: connection)
        } catch {
            // Connection errors are built without the password (see `Connection.init`).
            Output.error("\(error)")
            throw ExitCode(3)
        }
        switch state {
        case .current:
            break
        case .missing:
            Output.error("the database holds no juesuan warehouse (no fiscal.schema_migration); load a report first: juesuan load FILE")
            throw ExitCode(3)
        case .older(let pending, let viewsOutOfDate):
            var what = pending.isEmpty ? "its views differ from this juesuan's" : "migration \(pending.joined(separator: ", ")) is not applied"
            if viewsOutOfDate && !pending.isEmpty { what += ", and its views differ" }
            Output.error("the warehouse is older than this juesuan (\(what)); run juesuan load as the warehouse's owner to upgrade it")
            throw ExitCode(3)
        case .newer(let unknown):
            Output.warning("the warehouse is newer than this juesuan (migration \(unknown.joined(separator: ", ")) is unknown to it); reading anyway")
        }
        return (connection, Target(kind: target, conninfo: conninfo))
    }

    /// Connects (starting the embedded cluster if that is the target) and migrates.
    ///
    /// - Throws: `ExitCode(3)` after printing one line when the database cannot be
    ///   reached or migrated; passwords never appear in that line.
    func connectAndMigrate(logger: Logger) throws -> (Connection, Target) {
        let target = DatabaseTarget.resolve(option: databaseURL)
        do {
            let (connection, conninfo) = try target.connect()
            try Migrator(directory: try SQLDirectory.locate(explicit: Configuration.sqlDirectory), logger: logger).migrate(connection)
            return (connection, Target(kind: target, conninfo: conninfo))
        } catch {
            // Connection errors are built without the password (see `Connection.init`).
            Output.error("\(error)")
            throw ExitCode(3)
        }
    }
}
